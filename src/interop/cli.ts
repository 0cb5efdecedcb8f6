/**
 * `aict-feed`: the programme editor's command. The logic is here, in TypeScript, with its
 * input and output passed in (no Node API), so it is bundled for Node by `vite.cli.config.ts`
 * and driven by `bin/aict-feed.mjs`, which supplies files, URLs, the environment and the console.
 *
 *   aict-feed validate FILE|URL [--lang fr|en]
 *   aict-feed convert --from frab|xml|sessionize|csv FILE [--out FILE] [--time-zone ZONE] [--lang fr|en]
 *                     [--content-lang CODE] [--event-id ID] [--title TEXT] [--allow-loss]
 *   aict-feed export --to frab|ics FEED [--out FILE] [--lang fr|en] [--allow-loss]
 *
 * Exit codes: 0 done (for `validate`: no error and no warning), 1 the input has problems or a
 * session or person could not be carried (unless --allow-loss), 2 the command line is wrong.
 * Messages are in French or English: `--lang`, else the environment's LC_ALL / LC_MESSAGES / LANG.
 */
import { buildCalendar } from '../calendar/ics.js';
import { describeWarning } from '../feed/diagnostics.js';
import type { FeedWarning } from '../feed/model.js';
import { parseFeed, type ParseResult } from '../feed/parse.js';
import {
  decodeText,
  InteropError,
  isObject,
  terminalSafe,
  type InteropLanguage,
  type InteropWarning,
  type LocalizedImport,
  type Losses,
} from './common.js';
import { csvToFeed } from './csv.js';
import { feedToFrab, frabToFeed } from './frab.js';
import { locatePaths, positionOf } from './json-positions.js';
import { sessionizeToFeed } from './sessionize.js';
import { xmlToFrab } from './xml.js';

export interface CliIo {
  /** The bytes of a local file, or of an http(s) URL. */
  read(source: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** LANG and friends, to speak the editor's language without --lang. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const CLI_VERSION = '0.1.0';

type Lang = InteropLanguage;

const USAGE: Record<Lang, string> = {
  en: `Usage:
  aict-feed validate FILE|URL [--lang fr|en]
      Checks an aict-programme/1 feed. Prints every error and warning with its line:column and
      JSON path; exit 0 when the feed has none, 1 otherwise.
  aict-feed convert --from frab FILE [--out FEED.json] [--time-zone ZONE]
      frab / pretalx / C3VOC schedule.json (every generation) or pentabarf/frab schedule.xml
      → aict-programme/1 feed. --time-zone for schedules that do not say theirs.
  aict-feed convert --from sessionize FILE [--out FEED.json] [--time-zone Europe/Paris]
      Sessionize JSON export ("All data" or "Sessions") → aict-programme/1 feed.
  aict-feed convert --from csv FILE [--out FEED.json] [--time-zone Europe/Paris]
                    [--content-lang fr] [--event-id ID] [--title TEXT]
      Spreadsheet (one row per session; ; or , separated; UTF-8 or Windows-1252) → feed.
  aict-feed export --to frab|ics FEED [--out FILE] [--lang fr|en]
      aict-programme/1 feed → frab schedule.json (valid against the frab schema) or iCalendar.
Options: --lang fr|en (messages; default from LANG), --allow-loss (exit 0 even when a session
or a person could not be carried). Without --out the result goes to standard output; messages
go to standard error. Exit 0 done, 1 problems or losses, 2 wrong command line.`,
  fr: `Utilisation\u00a0:
  aict-feed validate FICHIER|URL [--lang fr|en]
      Vérifie un flux aict-programme/1. Affiche chaque erreur et avertissement avec sa
      ligne:colonne et son chemin JSON\u00a0; code de sortie 0 s’il n’y en a aucun, 1 sinon.
  aict-feed convert --from frab FICHIER [--out FLUX.json] [--time-zone FUSEAU]
      schedule.json frab / pretalx / C3VOC (toutes versions) ou schedule.xml pentabarf/frab
      → flux aict-programme/1. --time-zone pour les programmes qui ne disent pas le leur.
  aict-feed convert --from sessionize FICHIER [--out FLUX.json] [--time-zone Europe/Paris]
      Export JSON de Sessionize («\u00a0All data\u00a0» ou «\u00a0Sessions\u00a0») → flux aict-programme/1.
  aict-feed convert --from csv FICHIER [--out FLUX.json] [--time-zone Europe/Paris]
                    [--content-lang fr] [--event-id ID] [--title TEXTE]
      Tableur (une ligne par session, séparateur ; ou ,, UTF-8 ou Windows-1252) → flux.
  aict-feed export --to frab|ics FLUX [--out FICHIER] [--lang fr|en]
      Flux aict-programme/1 → schedule.json frab (valide selon le schéma frab) ou iCalendar.
Options\u00a0: --lang fr|en (messages\u00a0; par défaut selon LANG), --allow-loss (code 0 même quand une
session ou une personne n’a pas pu être reprise). Sans --out, le résultat va sur la sortie
standard\u00a0; les messages vont sur la sortie d’erreur. Code 0 fait, 1 problèmes ou pertes,
2 ligne de commande erronée.`,
};

class UsageError extends Error {
  constructor(readonly said: Record<Lang, string>) {
    super(said.en);
  }
}

const usage = (en: string, fr: string) => new UsageError({ en, fr });

interface Parsed {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(['from', 'to', 'out', 'lang', 'time-zone', 'event-id', 'title', 'content-lang']);
const FLAG_OPTIONS = new Set(['help', 'version', 'allow-loss']);

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o') {
      options.set('out', args[++i] ?? '');
    } else if (arg === '-h') options.set('help', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? args[++i];
        if (value === undefined || value === '') throw usage(`--${name} needs a value.`, `--${name} attend une valeur.`);
        options.set(name, value);
      } else if (FLAG_OPTIONS.has(name)) options.set(name, true);
      else throw usage(`Unknown option --${name}.`, `Option inconnue\u00a0: --${name}.`);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, options };
}

/** `--lang`, else the locale of the environment (`fr_FR.UTF-8` → French), else English. */
function language(args: readonly string[], env: CliIo['env']): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = i < 0 ? undefined : args[i].includes('=') ? args[i].slice(7) : args[i + 1];
  if (asked === 'fr' || asked === 'en') return asked;
  const locale = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || '';
  return /^fr(?:[_.-]|$)/i.test(locale) ? 'fr' : 'en';
}

const SAY = {
  en: {
    warning: 'warning',
    error: 'error',
    notJson: (source: string, where: string, error: string) => `${source}${where} is not valid JSON: ${error}`,
    rejected: 'The feed cannot be used at all',
    valid: (n: number) => `The feed is valid: ${n} session${n === 1 ? '' : 's'}, no problem found.`,
    problems: (n: number, sessions: number) =>
      `${n} problem${n === 1 ? '' : 's'} found (${sessions} session${sessions === 1 ? '' : 's'} can be shown).`,
    unreadable: (source: string, error: string) => `Cannot read ${source}: ${error}`,
    csvHint: (source: string) =>
      `${source} looks like a spreadsheet (CSV), not a feed: convert it first, e.g.\n  aict-feed convert --from csv ${source} --out programme.json`,
    xmlHint: (source: string) =>
      `${source} is XML (a pentabarf/frab schedule?), not a feed: convert it first, e.g.\n  aict-feed convert --from frab ${source} --out programme.json`,
    frabHint: (source: string) =>
      `${source} is a frab / pretalx schedule, not a feed: convert it first, e.g.\n  aict-feed convert --from frab ${source} --out programme.json`,
    sessionizeHint: (source: string) =>
      `${source} is a Sessionize export, not a feed: convert it first, e.g.\n  aict-feed convert --from sessionize ${source} --out programme.json`,
    converted: (s: number, p: number, r: number) =>
      `Converted: ${s} session${s === 1 ? '' : 's'}, ${p} ${p === 1 ? 'person' : 'people'}, ${r} room${r === 1 ? '' : 's'}.`,
    lost: (l: Losses) =>
      `Not carried: ${[
        l.sessions ? `${l.sessions} session${l.sessions === 1 ? '' : 's'}` : '',
        l.people ? `${l.people} ${l.people === 1 ? 'person' : 'people'}` : '',
      ]
        .filter(Boolean)
        .join(' and ')} (see the warnings above).`,
    lossExit: 'Exit code 1: fix the input, or pass --allow-loss to accept the loss.',
    lossAllowed: 'Accepted with --allow-loss.',
    readAs1252: (source: string) =>
      `${source} is not UTF-8; it is read as Windows-1252 (what Excel writes in France).`,
  },
  fr: {
    warning: 'attention',
    error: 'erreur',
    notJson: (source: string, where: string, error: string) => `${source}${where} n’est pas du JSON valide\u00a0: ${error}`,
    rejected: 'Le flux ne peut pas être utilisé du tout',
    valid: (n: number) => `Le flux est valide\u00a0: ${n} session${n > 1 ? 's' : ''}, aucun problème.`,
    problems: (n: number, sessions: number) =>
      `${n} problème${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''} (${sessions} session${sessions > 1 ? 's' : ''} peu${sessions > 1 ? 'vent' : 't'} être affichée${sessions > 1 ? 's' : ''}).`,
    unreadable: (source: string, error: string) => `Impossible de lire ${source}\u00a0: ${error}`,
    csvHint: (source: string) =>
      `${source} ressemble à un tableur (CSV), pas à un flux\u00a0: convertissez-le d’abord, par exemple\n  aict-feed convert --from csv ${source} --out programme.json`,
    xmlHint: (source: string) =>
      `${source} est du XML (un programme pentabarf/frab\u00a0?), pas un flux\u00a0: convertissez-le d’abord, par exemple\n  aict-feed convert --from frab ${source} --out programme.json`,
    frabHint: (source: string) =>
      `${source} est un programme frab / pretalx, pas un flux\u00a0: convertissez-le d’abord, par exemple\n  aict-feed convert --from frab ${source} --out programme.json`,
    sessionizeHint: (source: string) =>
      `${source} est un export Sessionize, pas un flux\u00a0: convertissez-le d’abord, par exemple\n  aict-feed convert --from sessionize ${source} --out programme.json`,
    converted: (s: number, p: number, r: number) =>
      `Converti\u00a0: ${s} session${s > 1 ? 's' : ''}, ${p} personne${p > 1 ? 's' : ''}, ${r} salle${r > 1 ? 's' : ''}.`,
    lost: (l: Losses) =>
      `Non repris\u00a0: ${[
        l.sessions ? `${l.sessions} session${l.sessions > 1 ? 's' : ''}` : '',
        l.people ? `${l.people} personne${l.people > 1 ? 's' : ''}` : '',
      ]
        .filter(Boolean)
        .join(' et ')} (voir les avertissements ci-dessus).`,
    lossExit: 'Code de sortie 1\u00a0: corrigez le fichier, ou ajoutez --allow-loss pour accepter la perte.',
    lossAllowed: 'Accepté avec --allow-loss.',
    readAs1252: (source: string) =>
      `${source} n’est pas en UTF-8\u00a0; il est lu en Windows-1252 (ce qu’écrit Excel en France).`,
  },
} as const;

/** A colon as each language writes it after a label (French: no-break space before). */
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The console, with every line made safe for a terminal (feed text may hold escape sequences). */
class Console {
  constructor(
    private readonly io: CliIo,
    readonly lang: Lang,
  ) {}

  out(text: string): void {
    this.io.stdout(`${terminalSafe(text)}\n`);
  }

  err(text: string): void {
    this.io.stderr(`${terminalSafe(text)}\n`);
  }

  warnings(list: readonly InteropWarning[]): void {
    const label = SAY[this.lang].warning;
    for (const w of list) this.err(`${label}${colon(this.lang)}${w.path}${colon(this.lang)}${w.message}`);
  }
}

async function read(io: CliIo, source: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await io.read(source);
  } catch (error) {
    throw new CliFailure(SAY[lang].unreadable(source, errorText(error)));
  }
}

/** A failure with its message already in the right language. */
class CliFailure extends Error {}

function readJson(text: string, source: string, lang: Lang): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = errorText(error);
    const offset = /position (\d+)/.exec(message);
    const where = offset ? `:${Object.values(positionOf(text.replace(/^\uFEFF/, ''), Number(offset[1]))).join(':')}` : '';
    throw new CliFailure(SAY[lang].notJson(source, where, message.replace(/\s*\(line \d+ column \d+\)/, '')));
  }
}

/** JSON for the output: C1 controls and line separators escaped too (valid JSON, safe to cat). */
function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

async function output(io: CliIo, options: Parsed['options'], text: string): Promise<void> {
  const out = options.get('out');
  if (typeof out === 'string') await io.writeText(out, text);
  else io.stdout(text);
}

/** What a text that is not a feed probably is, for a hint. */
function hintFor(text: string, source: string, json: unknown, lang: Lang): string | undefined {
  const say = SAY[lang];
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (json === undefined) {
    if (start.startsWith('<')) return say.xmlHint(source);
    const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
    if (/\.(csv|tsv|txt)$/i.test(source) || (!/^[[{]/.test(start) && /[;,\t]/.test(firstLine))) return say.csvHint(source);
    return undefined;
  }
  if (isObject(json) && isObject(json.schedule)) return say.frabHint(source);
  if (Array.isArray(json) || (isObject(json) && Array.isArray(json.sessions) && Array.isArray(json.speakers))) {
    return say.sessionizeHint(source);
  }
  return undefined;
}

/** The parser's reasons to reject a feed, said again in French (the parser speaks English). */
function rejection(json: unknown, result: Extract<ParseResult, { ok: false }>, lang: Lang): string {
  if (lang === 'en') return result.message;
  const feed = isObject(json) ? json : undefined;
  switch (result.path) {
    case 'format':
      return feed?.format === undefined
        ? 'Le flux n’a pas de «\u00a0format\u00a0»\u00a0; «\u00a0aict-programme/1\u00a0» est attendu.'
        : `Le flux a le format «\u00a0${terminalSafe(String(feed.format)).slice(0, 60)}\u00a0»\u00a0; seul «\u00a0aict-programme/1\u00a0» est pris en charge.`;
    case 'event':
      return 'Le flux n’a pas d’objet «\u00a0event\u00a0».';
    case 'event.timeZone':
      return isObject(feed?.event) && typeof feed.event.timeZone === 'string' && feed.event.timeZone
        ? `Le fuseau horaire «\u00a0${feed.event.timeZone.slice(0, 60)}\u00a0» n’est pas un fuseau IANA connu.`
        : 'Le flux n’a pas d’«\u00a0event.timeZone\u00a0» (un fuseau IANA comme «\u00a0Europe/Paris\u00a0»).';
    case 'sessions':
      return 'Le flux n’a pas de tableau «\u00a0sessions\u00a0».';
    default:
      return 'Le flux n’est pas un objet JSON.';
  }
}

/** `sessions[12].room` → `sessions[].room`: warnings of one cause, whatever the item. */
const shapeOf = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** Feed warnings grouped by cause (code, field, action, where in the feed), first one kept. */
function groupWarnings(warnings: readonly FeedWarning[]): { first: FeedWarning; count: number }[] {
  const groups = new Map<string, { first: FeedWarning; count: number }>();
  for (const w of warnings) {
    const key = `${w.code}\u0000${shapeOf(w.path)}\u0000${w.params?.action ?? ''}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: w, count: 1 });
  }
  return [...groups.values()];
}

function more(count: number, lang: Lang): string {
  if (count <= 1) return '';
  return lang === 'fr'
    ? ` (et ${count - 1} autre${count > 2 ? 's' : ''} du même type)`
    : ` (and ${count - 1} more like it)`;
}

async function validate(con: Console, io: CliIo, parsed: Parsed): Promise<number> {
  const { lang } = con;
  const say = SAY[lang];
  const source = parsed.positional[0];
  if (!source) throw usage('validate needs a FILE or URL.', 'validate attend un FICHIER ou une URL.');
  const { text } = decodeText(await read(io, source, lang));
  let json: unknown;
  try {
    json = readJson(text, source, lang);
  } catch (error) {
    const hint = hintFor(text, source, undefined, lang);
    if (hint && error instanceof CliFailure) throw new CliFailure(`${error.message}\n${hint}`);
    throw error;
  }
  const result = parseFeed(json, '');
  if (!result.ok) {
    con.out(`${say.error}${colon(lang)}${result.path ?? '(feed)'}${colon(lang)}${say.rejected}. ${rejection(json, result, lang)}`);
    const hint = hintFor(text, source, json, lang);
    if (hint) con.out(hint);
    return 1;
  }
  const { warnings, sessions } = result.programme;
  const groups = groupWarnings(warnings);
  const positions = locatePaths(text.replace(/^\uFEFF/, ''), groups.map((g) => g.first.path));
  for (const { first, count } of groups) {
    const position = positions.get(first.path);
    const where = position ? `${source}:${position.line}:${position.column}${colon(lang)}` : '';
    con.out(`${say.warning}${colon(lang)}${where}${first.path}${colon(lang)}${describeWarning(first, lang)}${more(count, lang)}`);
  }
  con.out(warnings.length ? say.problems(warnings.length, sessions.length) : say.valid(sessions.length));
  return warnings.length ? 1 : 0;
}

const FROM = ['frab', 'xml', 'pentabarf', 'sessionize', 'csv'] as const;

function reportLosses(con: Console, lost: Losses, parsed: Parsed): number {
  if (lost.sessions === 0 && lost.people === 0) return 0;
  const say = SAY[con.lang];
  con.err(say.lost(lost));
  if (parsed.options.has('allow-loss')) {
    con.err(say.lossAllowed);
    return 0;
  }
  con.err(say.lossExit);
  return 1;
}

async function convert(con: Console, io: CliIo, parsed: Parsed): Promise<number> {
  const { lang } = con;
  const from = parsed.options.get('from');
  const source = parsed.positional[0];
  if (!(FROM as readonly unknown[]).includes(from)) {
    throw usage(
      'convert needs --from frab, --from sessionize or --from csv (--from xml for a pentabarf/frab XML file).',
      'convert attend --from frab, --from sessionize ou --from csv (--from xml pour un fichier XML pentabarf/frab).',
    );
  }
  if (!source) throw usage('convert needs a FILE.', 'convert attend un FICHIER.');
  const option = (name: string) => {
    const value = parsed.options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const bytes = await read(io, source, lang);
  const { text, encoding } = decodeText(bytes);
  let result: LocalizedImport;
  if (from === 'csv') {
    if (encoding === 'windows-1252') con.err(`${SAY[lang].warning}${colon(lang)}${SAY[lang].readAs1252(source)}`);
    result = csvToFeed(text, {
      timeZone: option('time-zone'),
      language: option('content-lang'),
      eventId: option('event-id'),
      title: option('title'),
    });
  } else if (from === 'sessionize') {
    result = sessionizeToFeed(readJson(text, source, lang), {
      timeZone: option('time-zone'),
      language: option('content-lang'),
      eventId: option('event-id'),
      title: option('title'),
    });
  } else {
    const isXml = from !== 'frab' || text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
    const schedule = isXml ? xmlToFrab(text) : readJson(text, source, lang);
    result = frabToFeed(schedule, { timeZone: option('time-zone') });
  }
  con.warnings(result.warningsIn(lang));

  // The feed as the widgets will read it: anything the parser would still skip is a loss too.
  const check = parseFeed(result.feed, '');
  let lost = result.lost;
  if (check.ok) {
    const { programme } = check;
    con.warnings(
      groupWarnings(programme.warnings).map(({ first, count }) => ({
        path: `(feed) ${first.path}`,
        message: `${describeWarning(first, lang)}${more(count, lang)}`,
      })),
    );
    lost = {
      sessions: lost.sessions + result.feed.sessions.length - programme.sessions.length,
      people: lost.people + (Array.isArray(result.feed.people) ? result.feed.people.length : 0) - programme.people.size,
    };
    con.err(SAY[lang].converted(programme.sessions.length, programme.people.size, programme.rooms.size));
  }
  await output(io, parsed.options, jsonText(result.feed));
  return reportLosses(con, lost, parsed);
}

async function exportFeed(con: Console, io: CliIo, parsed: Parsed): Promise<number> {
  const { lang } = con;
  const to = parsed.options.get('to');
  const source = parsed.positional[0];
  if (to !== 'frab' && to !== 'ics') throw usage('export needs --to frab or --to ics.', 'export attend --to frab ou --to ics.');
  if (!source) throw usage('export needs a FEED file or URL.', 'export attend un FLUX (fichier ou URL).');
  const { text } = decodeText(await read(io, source, lang));
  const json = readJson(text, source, lang);
  const result = parseFeed(json, '');
  if (!result.ok) {
    con.err(`${SAY[lang].error}${colon(lang)}${result.path ?? '(feed)'}${colon(lang)}${SAY[lang].rejected}. ${rejection(json, result, lang)}`);
    return 1;
  }
  const { programme } = result;
  con.warnings(
    groupWarnings(programme.warnings).map(({ first, count }) => ({
      path: first.path,
      message: `${describeWarning(first, lang)}${more(count, lang)}`,
    })),
  );
  if (to === 'ics') {
    await output(io, parsed.options, buildCalendar(programme, programme.sessions, { lang }));
    return 0;
  }
  const frab = feedToFrab(programme, { lang, version: CLI_VERSION });
  con.warnings(frab.warnings);
  await output(io, parsed.options, jsonText(frab.schedule));
  return reportLosses(con, frab.lost, parsed);
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const lang = language(args, io.env);
  const con = new Console(io, lang);
  try {
    const parsed = parseArgs(args);
    const asked = parsed.options.get('lang');
    if (asked !== undefined && asked !== 'fr' && asked !== 'en') {
      throw usage(`--lang must be fr or en, not "${String(asked)}".`, `--lang vaut fr ou en, pas «\u00a0${String(asked)}\u00a0».`);
    }
    if (parsed.options.has('version')) {
      io.stdout(`${CLI_VERSION}\n`);
      return 0;
    }
    if (parsed.options.has('help') || parsed.command === 'help' || parsed.command === undefined) {
      const asHelp = parsed.command !== undefined || parsed.options.has('help');
      (asHelp ? io.stdout : io.stderr)(`${USAGE[lang]}\n`);
      return asHelp ? 0 : 2;
    }
    switch (parsed.command) {
      case 'validate':
        return await validate(con, io, parsed);
      case 'convert':
        return await convert(con, io, parsed);
      case 'export':
        return await exportFeed(con, io, parsed);
      default:
        throw usage(`Unknown command "${parsed.command}".`, `Commande inconnue\u00a0: «\u00a0${parsed.command}\u00a0».`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      con.err(`${error.said[lang]}\n\n${USAGE[lang]}`);
      return 2;
    }
    const message = error instanceof InteropError ? error.said[lang] : errorText(error);
    // The message may quote the input: terminalSafe (in con.err) neutralises escape sequences.
    con.err(`${SAY[lang].error}${colon(lang)}${message}`);
    return 1;
  }
}
