/**
 * A spreadsheet export (one row per session) → `aict-programme/1`.
 *
 * RFC 4180 quoting, `;` or `,` detected from the header line, UTF-8 with or without BOM,
 * English or French column names (see `COLUMNS`). Lenient like the frab importer: a bad row
 * is skipped and reported with its row number and column; the rest converts.
 */
import {
  guessKind,
  InteropError,
  nearDuplicates,
  q,
  say,
  shown,
  type LocalizedImport,
  type Say,
  isHttpUrl,
  isoInZone,
  isValidTimeZone,
  languageCode,
  languagesOf,
  textToHtml,
  WarningList,
  type Json,
} from './common.js';
import { slugify, UniqueIds } from './slug.js';
import { eventDateOf, parseDateTime } from '../feed/parse.js';

/** Column → accepted header names (compared without accents, case or spaces). */
export const COLUMNS = {
  id: ['id', 'identifiant', 'identifier'],
  date: ['date', 'jour', 'day'],
  start: ['start', 'debut', 'heure de debut', 'heure debut', 'start time', 'from'],
  end: ['end', 'fin', 'heure de fin', 'heure fin', 'end time', 'to'],
  room: ['room', 'salle', 'lieu', 'location'],
  label: ['label', 'libelle', 'numero', 'code'],
  title: ['title', 'titre', 'intitule', 'nom de la session'],
  kind: ['kind', 'type', 'format'],
  speakers: ['speakers', 'intervenants', 'intervenantes', 'intervenant', 'orateurs', 'panelistes'],
  moderators: ['moderators', 'moderator', 'moderateurs', 'moderateur', 'animation', 'animateurs', 'animateur'],
  themes: ['themes', 'theme', 'thematiques', 'thematique', 'tracks', 'track'],
  subtitle: ['subtitle', 'sous-titre', 'sous titre'],
  summary: ['summary', 'resume', 'chapeau', 'abstract', 'resume court'],
  duration: ['duration', 'duree', 'duree min', 'length', 'minutes'],
  description: ['description', 'contexte', 'presentation'],
  url: ['url', 'lien', 'link', 'page'],
  language: ['language', 'langue'],
  block: ['block', 'bloc', 'creneau', 'slot'],
  status: ['status', 'statut', 'etat'],
  sdgs: ['sdgs', 'sdg', 'odd'],
} as const;
export type Column = keyof typeof COLUMNS;

const STATUS_WORDS: Readonly<Record<string, string>> = {
  scheduled: 'scheduled',
  prevu: 'scheduled',
  confirme: 'scheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  annule: 'cancelled',
  moved: 'moved',
  deplace: 'moved',
  full: 'full',
  complet: 'full',
};

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/[^a-z0-9 -]/g, '')
    .trim();
}

/**
 * RFC 4180 records (quoted fields may hold the separator, quotes as `""`, and line breaks).
 * Each record keeps the line it starts on, for messages. Linear: fields are sliced, not built
 * character by character.
 */
export function parseCsv(text: string, separator: string): string[][] {
  return parseCsvLines(text, separator).map((r) => r.cells);
}

export interface CsvRecord {
  readonly cells: string[];
  /** 1-based line of the file where the record starts (a quoted cell may span lines). */
  readonly line: number;
}

export function parseCsvLines(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const sep = separator.charCodeAt(0);
  while (i <= n) {
    // One field, starting at i.
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    let value: string;
    if (j < n && text[j] === '"') {
      const parts: string[] = [];
      let k = j + 1;
      for (;;) {
        const close = text.indexOf('"', k);
        if (close < 0) {
          parts.push(text.slice(k));
          k = n;
          break;
        }
        parts.push(text.slice(k, close));
        if (text[close + 1] === '"') {
          parts.push('"');
          k = close + 2;
        } else {
          k = close + 1;
          break;
        }
      }
      value = parts.join('');
      for (let c = value.indexOf('\n'); c >= 0; c = value.indexOf('\n', c + 1)) line++;
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let e = k;
      while (e < n && text.charCodeAt(e) !== sep && text[e] !== '\n' && text[e] !== '\r') e++;
      value += text.slice(k, e);
      i = e;
    } else {
      let e = i;
      while (e < n && text.charCodeAt(e) !== sep && text[e] !== '\n' && text[e] !== '\r') e++;
      value = text.slice(i, e);
      i = e;
    }
    cells.push(value);
    if (i < n && text.charCodeAt(i) === sep) {
      i++;
      continue;
    }
    // End of record.
    if (cells.some((f) => f.trim() !== '')) records.push({ cells, line: recordLine });
    cells = [];
    if (i >= n) break;
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    recordLine = line;
  }
  return records;
}

/** `;` or `,`: whichever splits the header line (outside quotes) into more columns. */
export function detectSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length;
  return count(';') >= count(',') && count(';') > 1 ? ';' : ',';
}

export interface CsvImportOptions {
  /** IANA zone of the times in the sheet. Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** Language of the texts. Default `fr`. */
  readonly language?: string;
  readonly eventId?: string;
  readonly title?: string;
}

/** `2022-06-20`, `20/06/2022` or `20.06.2022` → `2022-06-20`. */
function readDate(value: string): string | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return undefined;
}

/** `16:00`, `16h00`, `16h`, `9:30:00` → `16:00`. */
function readTime(value: string): string | undefined {
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::\d{2})?$/.exec(value);
  if (!m || Number(m[1]) > 23) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** A list cell: items separated by `;`, `|` or line breaks. */
function items(value: string): string[] {
  return value
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `Name (Title)` → name and title. */
function nameAndTitle(item: string): { name: string; title?: string } {
  // Without a regex: `(.+?)\s*\((.+)\)` backtracks quadratically on a 40,000-character cell.
  if (!item.endsWith(')')) return { name: item };
  const open = item.indexOf('(');
  if (open <= 0) return { name: item };
  const name = item.slice(0, open).trim();
  const title = item.slice(open + 1, -1).trim();
  return name && title ? { name, title } : { name: item };
}

/** `90`, `90 min`, `1:30`, `1h30`, `1h`, `01:30:00` → milliseconds. */
function readDuration(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  let m = /^(\d{1,4})\s*(?:min|mn|minutes?)?$/.exec(text);
  if (m) return Number(m[1]) * 60_000;
  m = /^(\d{1,2})\s*[:h]\s*(\d{2})?(?::(\d{2}))?$/.exec(text);
  if (m) return (Number(m[1]) * 60 + Number(m[2] ?? 0)) * 60_000 + Number(m[3] ?? 0) * 1000;
  return undefined;
}

/**
 * Converts CSV text (already decoded: see `decodeText` for Windows-1252; a leading BOM is
 * ignored). A row that cannot be carried whole is skipped and counted as lost; the rest
 * converts. Throws `InteropError` when there is no header with at least a date, a start and a title.
 */
export function csvToFeed(input: string, options: CsvImportOptions = {}): LocalizedImport {
  const warnings = new WarningList();
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  const records = parseCsvLines(text, separator);
  if (records.length === 0) throw new InteropError(say('The CSV file is empty.', 'Le fichier CSV est vide.'));

  const header = records[0].cells;
  const columnOf = new Map<Column, number>();
  const columnAt = (index: number) => say(`column ${index + 1}`, `colonne ${index + 1}`);
  header.forEach((name, index) => {
    const folded = fold(name);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(folded));
    if (!column) {
      if (folded) {
        warnings.add(columnAt(index), say(`Column "${name.trim()}" is not one the converter knows; ignored.`, `La colonne ${q(name.trim())} n’est pas connue du convertisseur\u00a0; ignorée.`));
      }
    } else if (columnOf.has(column)) {
      const first = header[columnOf.get(column)!].trim();
      warnings.add(columnAt(index), say(`Column "${name.trim()}" repeats the column "${first}"; ignored.`, `La colonne ${q(name.trim())} répète la colonne ${q(first)}\u00a0; ignorée.`));
    } else columnOf.set(column, index);
  });
  const missing = (['date', 'start', 'title'] as const).filter((c) => !columnOf.has(c));
  if (missing.length) {
    const wanted = (lang: 'en' | 'fr') =>
      missing
        .map((c) => {
          const names = [c, ...COLUMNS[c].filter((n) => n !== c).slice(0, 2)].map((n) => (lang === 'fr' ? q(n) : `"${n}"`));
          return lang === 'fr' ? `${names[0]} (ou ${names.slice(1).join(', ')})` : `${names[0]} (or ${names.slice(1).join(', ')})`;
        })
        .join(', ');
    const seen = header.map((h) => h.trim()).filter(Boolean).map((h) => shown(h));
    throw new InteropError(
      say(
        `The CSV header has no ${wanted('en')} column. Its columns, separated by "${separator}": ${seen.map((h) => `"${h}"`).join(', ')}.`,
        `L’en-tête du CSV n’a pas de colonne ${wanted('fr')}. Ses colonnes, séparées par «\u00a0${separator}\u00a0»\u00a0: ${seen.map(q).join(', ')}.`,
      ),
    );
  }

  let timeZone = options.timeZone ?? 'Europe/Paris';
  if (!isValidTimeZone(timeZone)) {
    throw new InteropError(say(`"${shown(timeZone)}" is not a known IANA time zone (such as Europe/Paris).`, `${q(shown(timeZone))} n’est pas un fuseau horaire IANA connu (comme Europe/Paris).`));
  }
  timeZone = timeZone.trim();
  const defaultLanguage = languageCode(options.language) ?? 'fr';

  const roomIds = new UniqueIds();
  const roomByName = new Map<string, string>();
  const rooms: Json[] = [];
  const themeIds = new UniqueIds();
  const themeByName = new Map<string, string>();
  const themes: Json[] = [];
  const personIds = new UniqueIds();
  const personByName = new Map<string, string>();
  const people: Json[] = [];
  const sessionIds = new UniqueIds();
  const sessions: (Json & { start: string; end: string })[] = [];
  const instants: { start: number; end: number }[] = [];
  const blockOf: (string | undefined)[] = [];
  const dates: string[] = [];
  const width = header.length;
  // Rows share few distinct times: each wall-clock minute and each instant is converted once.
  const minutes = new Map<number, number>();
  const isoTexts = new Map<number, string>();
  const iso = (instant: number) => {
    let text = isoTexts.get(instant);
    if (text === undefined) isoTexts.set(instant, (text = isoInZone(instant, timeZone)));
    return text;
  };

  for (let r = 1; r < records.length; r++) {
    const row = records[r].cells;
    const rowNumber = r + 1; // as a spreadsheet numbers it, header = 1 (a quoted cell may span lines of the file)
    const rowAt = say(`row ${rowNumber}`, `ligne ${rowNumber}`);
    const where = (column: Column): Say => {
      const name = header[columnOf.get(column)!]?.trim() ?? column;
      return say(`row ${rowNumber}, column "${name}"`, `ligne ${rowNumber}, colonne ${q(name)}`);
    };
    const skip = (path: Say, message: Say, group?: string) => {
      warnings.add(path, message, group);
      warnings.lostSession();
    };
    const cell = (column: Column) => {
      const index = columnOf.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    // More cells than the header: a separator inside an unquoted cell has shifted the columns.
    if (row.length > width && row.slice(width).some((c) => c.trim() !== '')) {
      skip(
        rowAt,
        say(
          `Row ${rowNumber} has ${row.length} cells but the header has ${width}: a "${separator}" inside a cell that is not in quotes? Skipped (quote the cell: "Title, with a comma").`,
          `La ligne ${rowNumber} a ${row.length} cellules mais l’en-tête en a ${width}\u00a0: un «\u00a0${separator}\u00a0» dans une cellule sans guillemets\u00a0? Ignorée (mettez la cellule entre guillemets\u00a0: "Titre, avec une virgule").`,
        ),
      );
      continue;
    }
    const title = cell('title');
    if (!title) {
      skip(rowAt, say(`Row ${rowNumber} has no title; skipped.`, `La ligne ${rowNumber} n’a pas de titre\u00a0; ignorée.`));
      continue;
    }
    const date = readDate(cell('date'));
    if (!date) {
      skip(
        where('date'),
        say(
          `Row ${rowNumber} has no date as YYYY-MM-DD or DD/MM/YYYY ("${shown(cell('date'))}"); skipped.`,
          `La ligne ${rowNumber} n’a pas de date au format AAAA-MM-JJ ou JJ/MM/AAAA (${q(shown(cell('date')))})\u00a0; ignorée.`,
        ),
      );
      continue;
    }
    const startTime = readTime(cell('start'));
    if (!startTime) {
      skip(
        where('start'),
        say(
          `Row ${rowNumber} has no start time as 16:00 or 16h00 ("${shown(cell('start'))}"); skipped.`,
          `La ligne ${rowNumber} n’a pas d’heure de début comme 16:00 ou 16h00 (${q(shown(cell('start')))})\u00a0; ignorée.`,
        ),
      );
      continue;
    }
    const startInstant = parseDateTime(`${date}T${startTime}:00`, timeZone, minutes);
    if (startInstant === undefined) {
      skip(
        where('date'),
        say(`Row ${rowNumber} has a date that does not exist ("${shown(cell('date'))}"); skipped.`, `La ligne ${rowNumber} a une date qui n’existe pas (${q(shown(cell('date')))})\u00a0; ignorée.`),
      );
      continue;
    }
    const endText = cell('end');
    const endTime = endText ? readTime(endText) : undefined;
    let endInstant: number | undefined;
    if (endText && !endTime) {
      skip(
        where('end'),
        say(`Row ${rowNumber} has an end time that is not a time ("${shown(endText)}"); skipped.`, `La ligne ${rowNumber} a une heure de fin illisible (${q(shown(endText))})\u00a0; ignorée.`),
      );
      continue;
    }
    if (endTime) {
      endInstant = parseDateTime(`${date}T${endTime}:00`, timeZone, minutes)!;
      if (endInstant <= startInstant) {
        // 23:00–01:00 is a late session; 10:30–10:00 is a mistake, not a 23.5-hour session.
        const next = parseDateTime(`${nextDay(date)}T${endTime}:00`, timeZone, minutes)!;
        if (endTime < '06:00' && next - startInstant <= 10 * 3_600_000) endInstant = next;
        else {
          skip(
            where('end'),
            say(
              `Row ${rowNumber} ends (${endTime}) before it starts (${startTime}); skipped.`,
              `La ligne ${rowNumber} finit (${endTime}) avant de commencer (${startTime})\u00a0; ignorée.`,
            ),
            undefined,
          );
          continue;
        }
      }
    } else if (cell('duration')) {
      const duration = readDuration(cell('duration'));
      if (duration === undefined || duration <= 0) {
        skip(
          where('duration'),
          say(
            `Row ${rowNumber} has a duration that is not one ("${shown(cell('duration'))}"; write 90, 90 min or 1h30); skipped.`,
            `La ligne ${rowNumber} a une durée illisible (${q(shown(cell('duration')))}\u00a0; écrivez 90, 90 min ou 1h30)\u00a0; ignorée.`,
          ),
        );
        continue;
      }
      endInstant = startInstant + duration;
    } else {
      warnings.add(
        rowAt,
        say(`Row ${rowNumber} has no end time nor duration; the session is given one hour.`, `La ligne ${rowNumber} n’a ni heure de fin ni durée\u00a0; la session dure une heure.`),
        'no-end',
      );
      endInstant = startInstant + 3_600_000;
    }

    const label = cell('label');
    let id = cell('id') || slugify(label ? `${label}` : title).slice(0, 60) || `session-${rowNumber}`;
    if (sessionIds.has(id)) {
      const unique = sessionIds.claim(id);
      if (cell('id')) {
        warnings.add(where('id'), say(`Row ${rowNumber} repeats the id "${shown(id)}"; renamed "${unique}".`, `La ligne ${rowNumber} répète l’identifiant ${q(shown(id))}\u00a0; renommée ${q(unique)}.`), 'repeated-id');
      }
      id = unique;
    } else sessionIds.claim(id);

    const kindText = cell('kind') || label;
    const session: Json & { start: string; end: string } = { id, kind: guessKind(kindText), title, start: '', end: '' };
    if (cell('kind') && session.kind === 'other' && fold(cell('kind')) !== 'other' && fold(cell('kind')) !== 'autre') {
      warnings.add(
        where('kind'),
        say(`Row ${rowNumber}: the type "${shown(cell('kind'))}" is not one the converter knows; "other" is used.`, `Ligne ${rowNumber}\u00a0: le type ${q(shown(cell('kind')))} n’est pas connu\u00a0; «\u00a0other\u00a0» est utilisé.`),
        `kind:${fold(cell('kind'))}`,
      );
    }
    if (label) session.label = label;
    if (cell('subtitle')) session.subtitle = cell('subtitle');

    const roomName = cell('room');
    if (roomName) {
      let roomId = roomByName.get(roomName);
      if (!roomId) {
        roomId = roomIds.claim(slugify(roomName) || 'room');
        roomByName.set(roomName, roomId);
        rooms.push({ id: roomId, name: roomName });
      }
      session.room = roomId;
    }

    const participants: Json[] = [];
    const addPeople = (column: Column, role: string) => {
      for (const item of items(cell(column))) {
        const { name, title: personTitle } = nameAndTitle(item);
        let personId = personByName.get(name);
        if (!personId) {
          personId = personIds.claim(slugify(name) || 'person');
          personByName.set(name, personId);
          people.push(personTitle ? { id: personId, name, title: personTitle } : { id: personId, name });
        }
        if (!participants.some((p) => p.person === personId)) participants.push({ person: personId, role });
      }
    };
    addPeople('moderators', 'moderator');
    addPeople('speakers', 'speaker');
    if (participants.length) session.participants = participants;

    const themeList = items(cell('themes').replace(/,/g, ';'));
    if (themeList.length) {
      session.themes = themeList.map((name) => {
        let themeId = themeByName.get(name);
        if (!themeId) {
          themeId = themeIds.claim(slugify(name) || 'theme');
          themeByName.set(name, themeId);
          themes.push({ id: themeId, name });
        }
        return themeId;
      });
    }
    const sdgs = cell('sdgs')
      .split(/[^0-9]+/)
      .filter(Boolean)
      .map(Number);
    if (sdgs.length) {
      const valid = sdgs.filter((n) => n >= 1 && n <= 17);
      if (valid.length < sdgs.length) {
        warnings.add(where('sdgs'), say(`Row ${rowNumber} has SDG numbers outside 1–17; they are left out.`, `La ligne ${rowNumber} a des numéros d’ODD hors de 1–17\u00a0; ils sont omis.`), 'sdgs');
      }
      if (valid.length) session.sdgs = [...new Set(valid)].sort((a, b) => a - b);
    }
    if (cell('summary')) session.summary = cell('summary');
    if (cell('description')) session.description = textToHtml(cell('description'));
    const url = cell('url');
    if (url && isHttpUrl(url)) session.url = url;
    else if (url) {
      warnings.add(
        where('url'),
        say(`Row ${rowNumber} has a link that is not an absolute http(s) address ("${shown(url)}"); left out.`, `La ligne ${rowNumber} a un lien qui n’est pas une adresse http(s) absolue (${q(shown(url))})\u00a0; omis.`),
        'url',
      );
    }
    const { codes: languages } = languagesOf(cell('language'));
    if (languages.length === 1) session.language = languages[0];
    else if (languages.length > 1) session.languages = languages;
    const status = cell('status');
    if (status) {
      const word = fold(status);
      const known = [word.replace(/e$/, ''), word].map((w) => (Object.hasOwn(STATUS_WORDS, w) ? STATUS_WORDS[w] : undefined)).find(Boolean);
      if (known) session.status = known;
      else {
        warnings.add(
          where('status'),
          say(`Row ${rowNumber}: the status "${shown(status)}" is not one the converter knows; ignored.`, `Ligne ${rowNumber}\u00a0: le statut ${q(shown(status))} n’est pas connu\u00a0; ignoré.`),
          `status:${word}`,
        );
      }
    }

    // Explicit offsets: the feed reads the same whatever zone a tool assumes.
    session.start = iso(startInstant);
    session.end = iso(endInstant);
    sessions.push(session);
    instants.push({ start: startInstant, end: endInstant });
    blockOf.push(cell('block') || undefined);
    dates.push(date);
  }
  if (sessions.length === 0) throw new InteropError(say('The CSV file has no row that could be converted.', 'Le fichier CSV n’a aucune ligne convertible.'));

  // A room typed two ways is two rooms for the feed: say so.
  for (const [a, b] of nearDuplicates([...roomByName.keys()])) {
    warnings.add(
      say(`column "${header[columnOf.get('room')!].trim()}"`, `colonne ${q(header[columnOf.get('room')!].trim())}`),
      say(
        `The rooms "${shown(a)}" and "${shown(b)}" look like one room typed two ways; they are kept apart (correct the sheet if they are the same).`,
        `Les salles ${q(shown(a))} et ${q(shown(b))} semblent être une même salle écrite de deux façons\u00a0; elles restent distinctes (corrigez le tableur si c’est la même).`,
      ),
    );
  }

  // Blocks: the "block" column; else sessions that start together are one programme block.
  const groups = new Map<string, number[]>();
  sessions.forEach((session, i) => {
    const key = blockOf[i] ? `named:${blockOf[i]}` : `time:${session.start}`;
    let members = groups.get(key);
    if (!members) groups.set(key, (members = []));
    members.push(i);
  });
  const blocks: Json[] = [];
  const blockIds = new UniqueIds();
  for (const [key, members] of groups) {
    if (key.startsWith('time:') && members.length < 2) continue;
    const named = key.startsWith('named:') ? key.slice(6) : undefined;
    const first = sessions[members[0]];
    const id = blockIds.claim(named ? slugify(named) || 'block' : `${first.start.slice(0, 10)}-${first.start.slice(11, 16).replace(':', 'h')}`);
    let start = Infinity;
    let end = -Infinity;
    for (const i of members) {
      start = Math.min(start, instants[i].start);
      end = Math.max(end, instants[i].end);
    }
    const block: Json = { id, start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    if (named) block.title = named;
    blocks.push(block);
    for (const i of members) sessions[i].block = id;
  }
  blocks.sort((a, b) => String(a.start).localeCompare(String(b.start)));

  let firstDate = dates[0];
  let lastDate = dates[0];
  for (const d of dates) {
    if (d < firstDate) firstDate = d;
    if (d > lastDate) lastDate = d;
  }
  // A session that ends after midnight ends on the next date: the event runs until then.
  let lastEnd = -Infinity;
  for (const { end } of instants) lastEnd = Math.max(lastEnd, end);
  const lastEndDate = eventDateOf(lastEnd - 1, timeZone);
  if (lastEndDate > lastDate) lastDate = lastEndDate;
  const eventId = options.eventId?.trim() || 'programme';
  return warnings.result({
    format: 'aict-programme/1',
    event: { id: eventId, title: options.title?.trim() || eventId, timeZone, startDate: firstDate, endDate: lastDate, defaultLanguage },
    rooms,
    people,
    themes,
    blocks,
    sessions,
  });
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
