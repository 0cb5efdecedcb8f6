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
  isHttpUrl,
  isoInZone,
  isValidTimeZone,
  languageCode,
  textToHtml,
  WarningList,
  type ImportResult,
  type Json,
} from './common.js';
import { slugify, UniqueIds } from './slug.js';
import { parseDateTime } from '../feed/parse.js';

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
  summary: ['summary', 'resume', 'chapeau', 'sous-titre', 'subtitle'],
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

/** RFC 4180 records (quoted fields may hold the separator, quotes as `""`, and line breaks). */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
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
  const m = /^(.+?)\s*\((.+)\)$/.exec(item);
  return m ? { name: m[1].trim(), title: m[2].trim() } : { name: item };
}

/**
 * Converts CSV text (a string already decoded as UTF-8; a leading BOM is ignored).
 * Throws `InteropError` when there is no header with at least a date, a start and a title.
 */
export function csvToFeed(input: string, options: CsvImportOptions = {}): ImportResult {
  const warnings = new WarningList();
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  const rows = parseCsv(text, separator);
  if (rows.length === 0) throw new InteropError('The CSV file is empty.');

  const header = rows[0];
  const columnOf = new Map<Column, number>();
  header.forEach((name, index) => {
    const folded = fold(name);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(folded));
    if (!column) {
      if (folded) warnings.add(`column ${index + 1}`, `Column "${name.trim()}" is not one the converter knows; ignored.`);
    } else if (columnOf.has(column)) {
      warnings.add(`column ${index + 1}`, `Column "${name.trim()}" repeats the column "${header[columnOf.get(column)!].trim()}"; ignored.`);
    } else columnOf.set(column, index);
  });
  const missing = (['date', 'start', 'title'] as const).filter((c) => !columnOf.has(c));
  if (missing.length) {
    throw new InteropError(
      `The CSV header has no ${missing.map((c) => `"${c}" (or ${COLUMNS[c].filter((n) => n !== c).slice(0, 2).map((n) => `"${n}"`).join(', ')})`).join(', ')} column.`,
    );
  }

  let timeZone = options.timeZone ?? 'Europe/Paris';
  if (!isValidTimeZone(timeZone)) {
    warnings.add('options.timeZone', `"${timeZone}" is not a known IANA time zone; Europe/Paris is used.`);
    timeZone = 'Europe/Paris';
  }
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

  rows.slice(1).forEach((row, r) => {
    const rowNumber = r + 2; // as a spreadsheet numbers it, header = 1
    const where = (column: Column) => `row ${rowNumber}, column "${header[columnOf.get(column)!]?.trim() ?? column}"`;
    const cell = (column: Column) => {
      const index = columnOf.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const title = cell('title');
    if (!title) return warnings.add(`row ${rowNumber}`, `Row ${rowNumber} has no title; skipped.`);
    const date = readDate(cell('date'));
    if (!date) return warnings.add(where('date'), `Row ${rowNumber} has no date as YYYY-MM-DD or DD/MM/YYYY ("${cell('date')}"); skipped.`);
    const startTime = readTime(cell('start'));
    if (!startTime) return warnings.add(where('start'), `Row ${rowNumber} has no start time as 16:00 or 16h00 ("${cell('start')}"); skipped.`);
    let endTime = columnOf.has('end') ? readTime(cell('end')) : undefined;
    const start = `${date}T${startTime}:00`;
    const startInstant = parseDateTime(start, timeZone);
    if (startInstant === undefined) return warnings.add(where('date'), `Row ${rowNumber} has a date that does not exist ("${cell('date')}"); skipped.`);
    let end = endTime ? `${date}T${endTime}:00` : '';
    let endInstant = endTime ? parseDateTime(end, timeZone) : undefined;
    if (endInstant !== undefined && endInstant <= startInstant) {
      // 23:00–01:00: the session ends the next day.
      const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      end = `${next}T${endTime}:00`;
      endInstant = parseDateTime(end, timeZone);
    }
    if (endInstant === undefined || endInstant <= startInstant) {
      warnings.add(
        columnOf.has('end') ? where('end') : `row ${rowNumber}`,
        `Row ${rowNumber} has no usable end time ("${cell('end')}"); the session is given one hour.`,
      );
      endInstant = startInstant + 3_600_000;
      endTime = undefined;
      end = new Date(endInstant).toISOString();
    }

    const label = cell('label');
    let id = cell('id') || slugify(label ? `${label}` : title).slice(0, 60) || `session-${rowNumber}`;
    if (sessionIds.has(id)) {
      const unique = sessionIds.claim(id);
      if (cell('id')) warnings.add(where('id'), `Row ${rowNumber} repeats the id "${id}"; renamed "${unique}".`);
      id = unique;
    } else sessionIds.claim(id);

    const kindText = cell('kind') || label;
    const session: Json & { start: string; end: string } = { id, kind: guessKind(kindText), title, start, end };
    if (cell('kind') && session.kind === 'other' && fold(cell('kind')) !== 'other' && fold(cell('kind')) !== 'autre') {
      warnings.add(where('kind'), `Row ${rowNumber}: the type "${cell('kind')}" is not one the converter knows; "other" is used.`);
    }
    if (label) session.label = label;

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
      if (valid.length < sdgs.length) warnings.add(where('sdgs'), `Row ${rowNumber} has SDG numbers outside 1–17; they are left out.`);
      if (valid.length) session.sdgs = [...new Set(valid)].sort((a, b) => a - b);
    }
    if (cell('summary')) session.summary = cell('summary');
    if (cell('description')) session.description = textToHtml(cell('description'));
    const url = cell('url');
    if (url && isHttpUrl(url)) session.url = url;
    else if (url) warnings.add(where('url'), `Row ${rowNumber} has a link that is not an absolute http(s) address ("${url}"); left out.`);
    const language = languageCode(cell('language'));
    if (language) session.language = language;
    const status = cell('status');
    if (status) {
      const word = (key: string) => (Object.prototype.hasOwnProperty.call(STATUS_WORDS, key) ? STATUS_WORDS[key] : undefined);
      const known = word(fold(status).replace(/e$/, '')) ?? word(fold(status));
      if (known) session.status = known;
      else warnings.add(where('status'), `Row ${rowNumber}: the status "${status}" is not one the converter knows; ignored.`);
    }

    // Explicit offsets: the feed reads the same whatever zone a tool assumes.
    session.start = isoInZone(startInstant, timeZone);
    session.end = isoInZone(endInstant, timeZone);
    sessions.push(session);
    instants.push({ start: startInstant, end: endInstant });
    blockOf.push(cell('block') || undefined);
    dates.push(date);
  });
  if (sessions.length === 0) throw new InteropError('The CSV file has no row that could be converted.');

  // Blocks: the "block" column; else sessions that start together are one programme block.
  const groups = new Map<string, number[]>();
  sessions.forEach((session, i) => {
    const key = blockOf[i] ? `named:${blockOf[i]}` : `time:${session.start}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const blocks: Json[] = [];
  const blockIds = new UniqueIds();
  for (const [key, members] of groups) {
    if (key.startsWith('time:') && members.length < 2) continue;
    const named = key.startsWith('named:') ? key.slice(6) : undefined;
    const first = sessions[members[0]];
    const id = blockIds.claim(named ? slugify(named) || 'block' : `${first.start.slice(0, 10)}-${first.start.slice(11, 16).replace(':', 'h')}`);
    // A loop, not Math.min(...spread): a huge group would overflow the call stack.
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

  const sortedDates = [...dates].sort();
  const eventId = options.eventId?.trim() || 'programme';
  const feed = {
    format: 'aict-programme/1' as const,
    event: {
      id: eventId,
      title: options.title?.trim() || eventId,
      timeZone,
      startDate: sortedDates[0],
      endDate: sortedDates[sortedDates.length - 1],
      defaultLanguage,
    },
    rooms,
    people,
    themes,
    blocks,
    sessions,
  };
  return { feed, warnings: warnings.list() };
}
