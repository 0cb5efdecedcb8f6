/**
 * Sessionize's JSON exports → `aict-programme/1`: the "All data" view (`{ sessions, speakers,
 * categories, rooms }`, references by id) and the "Sessions" view (`[{ groupName, sessions }]`,
 * speakers and categories inline). Sessionize writes event-local times without an offset,
 * so the zone comes from `--time-zone`.
 */
import { parseDateTime } from '../feed/parse.js';
import {
  guessKind,
  InteropError,
  isHttpUrl,
  isObject,
  isoInZone,
  isValidTimeZone,
  languageCode,
  languagesOf,
  q,
  say,
  shown,
  str,
  textToHtml,
  WarningList,
  type Json,
  type LocalizedImport,
} from './common.js';
import { slugify, UniqueIds } from './slug.js';

export interface SessionizeImportOptions {
  /** IANA zone of the times. Default Europe/Paris (with a warning). */
  readonly timeZone?: string;
  /** Language of the texts. Default `fr`. */
  readonly language?: string;
  readonly eventId?: string;
  readonly title?: string;
}

interface Category {
  readonly title: string;
  readonly item: string;
}

const THEME_CATEGORY = /track|topic|th[eè]me|thematique|subject/i;
const FORMAT_CATEGORY = /format|type/i;
const LANGUAGE_CATEGORY = /lang/i;

/** Converts a decoded Sessionize export. Throws `InteropError` when it is neither view. */
export function sessionizeToFeed(json: unknown, options: SessionizeImportOptions = {}): LocalizedImport {
  const warnings = new WarningList();
  let timeZone = options.timeZone ?? 'Europe/Paris';
  if (options.timeZone === undefined) {
    warnings.add(
      'options.timeZone',
      say('Sessionize gives times without a zone; they are read in Europe/Paris (give --time-zone to choose).', 'Sessionize donne des heures sans fuseau\u00a0; elles sont lues en Europe/Paris (--time-zone pour choisir).'),
    );
  } else if (!isValidTimeZone(timeZone)) {
    throw new InteropError(say(`"${shown(timeZone)}" is not a known IANA time zone (such as Europe/Paris).`, `${q(shown(timeZone))} n’est pas un fuseau horaire IANA connu (comme Europe/Paris).`));
  }
  timeZone = timeZone.trim();
  const defaultLanguage = languageCode(options.language) ?? 'fr';

  // Both views as one list of sessions with inline speakers and categories.
  const rawSessions: { value: Json; path: string }[] = [];
  const speakerById = new Map<string, Json>();
  const categoryItems = new Map<string, Category>();
  const roomNames = new Map<string, string>();
  if (isObject(json) && Array.isArray(json.sessions)) {
    json.sessions.forEach((value, i) => isObject(value) && rawSessions.push({ value, path: `sessions[${i}]` }));
    for (const s of Array.isArray(json.speakers) ? json.speakers : []) if (isObject(s) && str(s.id)) speakerById.set(str(s.id)!, s);
    for (const c of Array.isArray(json.categories) ? json.categories : []) {
      if (!isObject(c) || !Array.isArray(c.items)) continue;
      for (const item of c.items) {
        if (isObject(item) && str(item.id) && str(item.name)) categoryItems.set(str(item.id)!, { title: str(c.title) ?? '', item: str(item.name)! });
      }
    }
    for (const r of Array.isArray(json.rooms) ? json.rooms : []) if (isObject(r) && str(r.id) && str(r.name)) roomNames.set(str(r.id)!, str(r.name)!);
  } else if (Array.isArray(json) && json.every((g) => isObject(g) && Array.isArray(g.sessions))) {
    json.forEach((group, g) =>
      (group as Json & { sessions: unknown[] }).sessions.forEach(
        (value, i) => isObject(value) && rawSessions.push({ value, path: `[${g}].sessions[${i}]` }),
      ),
    );
  } else {
    throw new InteropError(
      say(
        'This is not a Sessionize export: expected the "All data" object (sessions, speakers, rooms) or the "Sessions" list of groups.',
        'Ce n’est pas un export Sessionize\u00a0: l’objet «\u00a0All data\u00a0» (sessions, speakers, rooms) ou la liste de groupes «\u00a0Sessions\u00a0» est attendu.',
      ),
    );
  }

  const rooms: Json[] = [];
  const roomIds = new UniqueIds();
  const roomIdByName = new Map<string, string>();
  const roomOf = (name: string) => {
    let id = roomIdByName.get(name);
    if (!id) {
      id = roomIds.claim(slugify(name) || 'room');
      roomIdByName.set(name, id);
      rooms.push({ id, name });
    }
    return id;
  };
  const people: Json[] = [];
  const personIds = new UniqueIds();
  const personIdByKey = new Map<string, string>();
  const personOf = (key: string, name: string, title?: string) => {
    let id = personIdByKey.get(key);
    if (!id) {
      id = personIds.claim(slugify(name) || 'person');
      personIdByKey.set(key, id);
      people.push(title ? { id, name, title } : { id, name });
    }
    return id;
  };
  // Every speaker of the export is a person of the feed, even one without a scheduled session.
  for (const [id, s] of speakerById) {
    const name = str(s.fullName) ?? [str(s.firstName), str(s.lastName)].filter(Boolean).join(' ');
    if (name) personOf(id, name, str(s.tagLine));
    else {
      warnings.add(`speakers[${id}]`, say('This speaker has no name; left out.', 'Cet intervenant n’a pas de nom\u00a0; omis.'), 'speaker-no-name');
      warnings.lostPerson();
    }
  }
  const themes: Json[] = [];
  const themeIdByName = new Map<string, string>();
  const themeIds = new UniqueIds();
  const themeOf = (name: string) => {
    let id = themeIdByName.get(name);
    if (!id) {
      id = themeIds.claim(slugify(name) || 'theme');
      themeIdByName.set(name, id);
      themes.push({ id, name });
    }
    return id;
  };

  const sessions: Json[] = [];
  const sessionIds = new UniqueIds();
  const dates: string[] = [];
  for (const { value: s, path } of rawSessions) {
    const title = str(s.title);
    if (!title) {
      warnings.add(`${path}.title`, say('This session has no title; skipped.', 'Cette session n’a pas de titre\u00a0; ignorée.'), 'no-title');
      warnings.lostSession();
      continue;
    }
    const startsAt = str(s.startsAt);
    const endsAt = str(s.endsAt);
    const start = startsAt ? parseDateTime(startsAt, timeZone) : undefined;
    const end = endsAt ? parseDateTime(endsAt, timeZone) : undefined;
    if (start === undefined || end === undefined || end <= start) {
      warnings.add(
        `${path}.startsAt`,
        say(`Session "${shown(title)}" is not scheduled (no start and end); left out.`, `La session ${q(shown(title))} n’est pas programmée (ni début ni fin)\u00a0; omise.`),
        'unscheduled',
      );
      warnings.lostSession();
      continue;
    }
    const id = sessionIds.claim(str(s.id) ?? (slugify(title) || 'session'));

    // Categories: inline (Sessions view) or by item id (All data).
    const categories: Category[] = [];
    for (const c of Array.isArray(s.categories) ? s.categories : []) {
      if (!isObject(c) || !Array.isArray(c.categoryItems)) continue;
      for (const item of c.categoryItems) if (isObject(item) && str(item.name)) categories.push({ title: str(c.name) ?? '', item: str(item.name)! });
    }
    for (const itemId of Array.isArray(s.categoryItems) ? s.categoryItems : []) {
      const category = categoryItems.get(String(itemId));
      if (category) categories.push(category);
    }
    const format = categories.find((c) => FORMAT_CATEGORY.test(c.title))?.item;
    const kind = s.isServiceSession ? (guessKind(title) === 'other' ? 'break' : guessKind(title)) : s.isPlenumSession ? 'plenary' : guessKind(format);
    const session: Json = { id, kind, title, start: isoInZone(start, timeZone), end: isoInZone(end, timeZone) };
    const description = str(s.description);
    if (description) session.description = textToHtml(description);
    const roomName = str(s.room) ?? (s.roomId !== undefined && s.roomId !== null ? roomNames.get(String(s.roomId)) : undefined);
    if (roomName) session.room = roomOf(roomName);
    const themeNames = categories.filter((c) => THEME_CATEGORY.test(c.title)).map((c) => c.item);
    if (themeNames.length) session.themes = [...new Set(themeNames.map(themeOf))];
    const { codes: languages, unknown } = languagesOf(categories.filter((c) => LANGUAGE_CATEGORY.test(c.title)).map((c) => c.item));
    if (unknown.length) {
      warnings.add(
        `${path}.categoryItems`,
        say(`The language "${shown(unknown.join(', '))}" is not one the converter knows; left out.`, `La langue ${q(shown(unknown.join(', ')))} n’est pas connue du convertisseur ; omise.`),
        `language:${unknown.join(',')}`,
      );
    }
    if (languages.length === 1) session.language = languages[0];
    else if (languages.length > 1) session.languages = languages;

    const participants: Json[] = [];
    for (const ref of Array.isArray(s.speakers) ? s.speakers : []) {
      const key = isObject(ref) ? str(ref.id) : str(ref);
      const known = key ? speakerById.get(key) : undefined;
      const name = isObject(ref) ? str(ref.name) : known ? (str(known.fullName) ?? [str(known.firstName), str(known.lastName)].filter(Boolean).join(' ')) : undefined;
      if (!key || !name) {
        warnings.add(`${path}.speakers`, say('A speaker of this session is not in the export; left out.', 'Un intervenant de cette session n’est pas dans l’export\u00a0; omis.'), 'unknown-speaker');
        warnings.lostPerson();
        continue;
      }
      const person = personOf(key, name, known ? str(known.tagLine) : undefined);
      if (!participants.some((p) => p.person === person)) participants.push({ person, role: 'speaker' });
    }
    if (participants.length) session.participants = participants;
    const url = str(s.liveUrl);
    if (url && isHttpUrl(url)) session.url = url;
    sessions.push(session);
    dates.push(String(session.start).slice(0, 10));
  }
  if (sessions.length === 0 && rawSessions.length === 0) {
    throw new InteropError(say('The Sessionize export has no session.', 'L’export Sessionize n’a aucune session.'));
  }

  dates.sort();
  const eventId = options.eventId?.trim() || 'programme';
  const event: Json = { id: eventId, title: options.title?.trim() || eventId, timeZone, defaultLanguage };
  if (dates.length) {
    event.startDate = dates[0];
    event.endDate = dates[dates.length - 1];
  }
  return warnings.result({ format: 'aict-programme/1', event, rooms, people, themes, sessions });
}
