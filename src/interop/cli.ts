/**
 * `aict-feed`: the programme editor's command. The logic is here, in TypeScript, with its
 * input and output passed in (no Node API), so it is bundled for Node by `vite.cli.config.ts`
 * and driven by `bin/aict-feed.mjs`, which supplies files, URLs and the console.
 *
 *   aict-feed validate FILE|URL [--lang fr|en]
 *   aict-feed convert --from frab|csv FILE [--out FILE] [--time-zone ZONE] [--lang fr|en] [--event-id ID] [--title TEXT]
 *   aict-feed export --to frab|ics FEED [--out FILE] [--lang fr|en]
 *
 * Exit codes: 0 done (for `validate`: no error and no warning), 1 the input has problems,
 * 2 the command line is wrong.
 */
import { buildCalendar } from '../calendar/ics.js';
import { describeWarning } from '../feed/diagnostics.js';
import { parseFeed } from '../feed/parse.js';
import { InteropError, type InteropWarning } from './common.js';
import { csvToFeed } from './csv.js';
import { feedToFrab, frabToFeed } from './frab.js';

export interface CliIo {
  /** The text of a local file, or of an http(s) URL. */
  readText(source: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const CLI_VERSION = '0.1.0';

const USAGE = `Usage:
  aict-feed validate FILE|URL [--lang fr|en]
      Checks an aict-programme/1 feed. Prints every error and warning with its JSON path;
      exit 0 when the feed has none, 1 otherwise.
  aict-feed convert --from frab FILE [--out FEED.json]
      frab / pretalx schedule.json → aict-programme/1 feed.
  aict-feed convert --from csv FILE [--out FEED.json] [--time-zone Europe/Paris] [--lang fr]
                    [--event-id ID] [--title TEXT]
      Spreadsheet (one row per session, ; or , separated, UTF-8) → aict-programme/1 feed.
  aict-feed export --to frab|ics FEED [--out FILE] [--lang fr|en]
      aict-programme/1 feed → frab schedule.json (valid against the frab schema) or iCalendar.
Without --out the result goes to standard output; warnings go to standard error.`;

class UsageError extends Error {}

interface Parsed {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(['from', 'to', 'out', 'lang', 'time-zone', 'event-id', 'title']);

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
        if (value === undefined || value === '') throw new UsageError(`--${name} needs a value.`);
        options.set(name, value);
      } else if (name === 'help' || name === 'version') options.set(name, true);
      else throw new UsageError(`Unknown option --${name}.`);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, options };
}

function language(options: Parsed['options']): 'fr' | 'en' {
  const lang = options.get('lang');
  if (lang === undefined) return 'en';
  if (lang === 'fr' || lang === 'en') return lang;
  throw new UsageError(`--lang must be fr or en, not "${String(lang)}".`);
}

const SAY = {
  en: {
    notJson: (source: string, error: string) => `${source} is not valid JSON: ${error}`,
    rejected: 'The feed cannot be used at all',
    valid: (n: number) => `The feed is valid: ${n} session${n === 1 ? '' : 's'}, no problem found.`,
    problems: (n: number, sessions: number) =>
      `${n} problem${n === 1 ? '' : 's'} found (${sessions} session${sessions === 1 ? '' : 's'} can be shown).`,
    unreadable: (source: string, error: string) => `Cannot read ${source}: ${error}`,
  },
  fr: {
    notJson: (source: string, error: string) => `${source} n’est pas du JSON valide\u00a0: ${error}`,
    rejected: 'Le flux ne peut pas être utilisé du tout',
    valid: (n: number) => `Le flux est valide\u00a0: ${n} session${n > 1 ? 's' : ''}, aucun problème.`,
    problems: (n: number, sessions: number) =>
      `${n} problème${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''} (${sessions} session${sessions > 1 ? 's' : ''} peu${sessions > 1 ? 'vent' : 't'} être affichée${sessions > 1 ? 's' : ''}).`,
    unreadable: (source: string, error: string) => `Impossible de lire ${source}\u00a0: ${error}`,
  },
} as const;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function read(io: CliIo, source: string, lang: 'fr' | 'en'): Promise<string> {
  try {
    return await io.readText(source);
  } catch (error) {
    throw new InteropError(SAY[lang].unreadable(source, errorText(error)));
  }
}

function readJson(text: string, source: string, lang: 'fr' | 'en'): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InteropError(SAY[lang].notJson(source, errorText(error)));
  }
}

function printWarnings(io: CliIo, warnings: readonly InteropWarning[]): void {
  for (const w of warnings) io.stderr(`warning: ${w.path}: ${w.message}\n`);
}

async function output(io: CliIo, options: Parsed['options'], text: string): Promise<void> {
  const out = options.get('out');
  if (typeof out === 'string') await io.writeText(out, text);
  else io.stdout(text);
}

async function validate(io: CliIo, parsed: Parsed): Promise<number> {
  const lang = language(parsed.options);
  const source = parsed.positional[0];
  if (!source) throw new UsageError('validate needs a FILE or URL.');
  const json = readJson(await read(io, source, lang), source, lang);
  const result = parseFeed(json, '');
  if (!result.ok) {
    io.stdout(`error: ${result.path ?? '(feed)'}: ${SAY[lang].rejected}. ${result.message}\n`);
    return 1;
  }
  const { warnings, sessions } = result.programme;
  for (const warning of warnings) io.stdout(`warning: ${warning.path}: ${describeWarning(warning, lang)}\n`);
  io.stdout(`${warnings.length ? SAY[lang].problems(warnings.length, sessions.length) : SAY[lang].valid(sessions.length)}\n`);
  return warnings.length ? 1 : 0;
}

async function convert(io: CliIo, parsed: Parsed): Promise<number> {
  const from = parsed.options.get('from');
  const source = parsed.positional[0];
  if (from !== 'frab' && from !== 'csv') throw new UsageError('convert needs --from frab or --from csv.');
  if (!source) throw new UsageError('convert needs a FILE.');
  const lang = language(parsed.options);
  const text = await read(io, source, lang);
  const option = (name: string) => {
    const value = parsed.options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const result =
    from === 'frab'
      ? frabToFeed(readJson(text, source, lang))
      : csvToFeed(text, {
          timeZone: option('time-zone'),
          language: option('lang'),
          eventId: option('event-id'),
          title: option('title'),
        });
  printWarnings(io, result.warnings);
  await output(io, parsed.options, `${JSON.stringify(result.feed, null, 2)}\n`);
  return 0;
}

async function exportFeed(io: CliIo, parsed: Parsed): Promise<number> {
  const to = parsed.options.get('to');
  const source = parsed.positional[0];
  if (to !== 'frab' && to !== 'ics') throw new UsageError('export needs --to frab or --to ics.');
  if (!source) throw new UsageError('export needs a FEED file or URL.');
  const lang = language(parsed.options);
  const result = parseFeed(readJson(await read(io, source, lang), source, lang), '');
  if (!result.ok) {
    io.stderr(`error: ${result.path ?? '(feed)'}: ${SAY[lang].rejected}. ${result.message}\n`);
    return 1;
  }
  const { programme } = result;
  printWarnings(
    io,
    programme.warnings.map((w) => ({ path: w.path, message: describeWarning(w, lang) })),
  );
  if (to === 'ics') {
    await output(io, parsed.options, buildCalendar(programme, programme.sessions, { lang }));
    return 0;
  }
  const frab = feedToFrab(programme, { lang, version: CLI_VERSION });
  printWarnings(io, frab.warnings);
  await output(io, parsed.options, `${JSON.stringify(frab.schedule, null, 2)}\n`);
  return 0;
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(args);
    if (parsed.options.has('version')) {
      io.stdout(`${CLI_VERSION}\n`);
      return 0;
    }
    if (parsed.options.has('help') || parsed.command === 'help' || parsed.command === undefined) {
      (parsed.command === undefined && !parsed.options.has('help') ? io.stderr : io.stdout)(`${USAGE}\n`);
      return parsed.command === undefined && !parsed.options.has('help') ? 2 : 0;
    }
    switch (parsed.command) {
      case 'validate':
        return await validate(io, parsed);
      case 'convert':
        return await convert(io, parsed);
      case 'export':
        return await exportFeed(io, parsed);
      default:
        throw new UsageError(`Unknown command "${parsed.command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`error: ${errorText(error)}\n`);
    return 1;
  }
}
