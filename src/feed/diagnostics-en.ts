/**
 * Feed warnings in English: the `message` every warning carries (used in `aict-load`). The
 * browser bundle needs only this; `diagnostics.ts` adds French for the CLI and the embed
 * configurator, from the same `code` and `params`, so both languages say the same thing.
 */
import type { FeedWarning } from './model.js';

export const WARNING_CODES = [
  /** An item of a list is not a JSON object. */
  'invalid-item',
  /** A field the item cannot do without is absent (or an empty text). */
  'missing-field',
  /** A field has the wrong type or a value outside its allowed set. */
  'invalid-value',
  /** A date or time that looks right but does not exist (`2024-02-30`, `25:00`). */
  'invalid-date',
  'duplicate-id',
  'unknown-reference',
  'end-before-start',
  'outside-event-dates',
  'outside-block',
  'empty-name',
  'unsafe-url',
  'invalid-color',
  /** A list longer than the parser reads (see `FEED_LIMITS`): cut, or (a polygon) ignored. */
  'too-many',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type ItemKind =
  | 'feed'
  | 'event'
  | 'venue'
  | 'floor'
  | 'room'
  | 'organization'
  | 'person'
  | 'theme'
  | 'block'
  | 'session'
  | 'participant';

/** What the parser did about the problem. */
export type WarningAction = 'skipped' | 'ignored' | 'replaced' | 'left-out' | 'no-room' | 'no-name' | 'kept' | 'cut';

export const KIND_EN: Record<ItemKind, string> = {
  feed: 'feed',
  event: 'event',
  venue: 'venue',
  floor: 'floor',
  room: 'room',
  organization: 'organisation',
  person: 'person',
  theme: 'theme',
  block: 'block',
  session: 'session',
  participant: 'participant',
};

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function kindOf(value: string | number | undefined): ItemKind {
  return typeof value === 'string' && value in KIND_EN ? (value as ItemKind) : 'feed';
}

export type Params = Readonly<Record<string, string | number>>;

export const schemes = (p: Params) => String(p.allowed ?? 'http,https,mailto').split(',');

function subjectEn(p: Params): string {
  const kind = kindOf(p.item);
  if (kind === 'feed' || kind === 'event' || kind === 'venue') return `The ${KIND_EN[kind]}`;
  if (p.id !== undefined) return `${capitalize(KIND_EN[kind])} "${p.id}"`;
  return `The ${KIND_EN[kind]} at ${p.where}`;
}

function actionEn(p: Params): string {
  const kind = KIND_EN[kindOf(p.item)];
  switch (p.action) {
    case 'skipped':
      return `the ${kind} is skipped`;
    case 'replaced':
      return `"${p.fallback}" is used instead`;
    case 'left-out':
      return 'this entry is left out';
    case 'no-room':
      return 'the session is shown without a room';
    case 'no-name':
      return `the ${kind} is shown without a name`;
    case 'kept':
      return `the ${kind} is shown anyway`;
    case 'cut':
      return `only the first ${p.max} are read`;
    default:
      return 'it is ignored';
  }
}

function listEn(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
export function english(code: string, p: Params): string | undefined {
  const s = subjectEn(p);
  const a = actionEn(p);
  switch (code as WarningCode) {
    case 'invalid-item':
      return `${s} is not an object ("${p.value}"); ${a}.`;
    case 'missing-field':
      return `${s} has no "${p.field}"; ${a}.`;
    case 'invalid-value':
      return `${s} has an invalid "${p.field}": "${p.value}"${p.expected ? ` (expected ${p.expected})` : ''}; ${a}.`;
    case 'invalid-date':
      return `${s} has a date or time that does not exist in "${p.field}": "${p.value}"; ${a}.`;
    case 'duplicate-id':
      return `${s} has the same id as an earlier ${KIND_EN[kindOf(p.item)]}; ${a}.`;
    case 'unknown-reference':
      return `${s} refers in "${p.field}" to ${KIND_EN[kindOf(p.target)]} "${p.value}", which is not in the feed; ${a}.`;
    case 'end-before-start':
      return `${s} ends (${p.end}) before or when it starts (${p.start}); ${a}.`;
    case 'outside-event-dates':
      return `${s} is on ${p.date}, outside the event's dates (${p.startDate} to ${p.endDate}); ${a}.`;
    case 'outside-block':
      return `${s} runs outside the times of its block "${p.block}"; ${a}.`;
    case 'empty-name':
      return `${s} has an empty name; ${a}.`;
    case 'unsafe-url':
      return `${s} has a link in "${p.field}" that is not an absolute ${listEn(schemes(p))} URL: "${p.value}"; ${a}.`;
    case 'invalid-color':
      return `${s} has a colour in "${p.field}" that is not #rgb or #rrggbb: "${p.value}"; ${a}.`;
    case 'too-many':
      return `${s} lists ${p.count} entries in "${p.field}", more than the ${p.max} allowed; ${a}.`;
    default:
      return undefined;
  }
}

/** The warning as an English sentence (see `describeWarning` in `diagnostics.ts`). */
export function describeWarningEn(warning: Pick<FeedWarning, 'code' | 'path' | 'params'> & { readonly message?: string }): string {
  const text = warning.params ? english(warning.code, { where: warning.path, ...warning.params }) : undefined;
  return text ?? warning.message ?? `${warning.path}: ${warning.code}`;
}
