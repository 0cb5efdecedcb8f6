/**
 * Feed warnings in words, for the programme editor: English (the `message` every warning
 * carries, used in `aict-load`) and French (for the CLI and the embed configurator).
 *
 * The parser records a stable `code` and the `params` it found; the sentence is rebuilt here,
 * so both languages always say the same thing.
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
export type WarningAction = 'skipped' | 'ignored' | 'replaced' | 'left-out' | 'no-room' | 'no-name' | 'kept';

export type WarningLanguage = 'en' | 'fr';

const NBSP = '\u00a0';
/** French typography: narrow no-break space before `;` `!` `?`. */
const NNBSP = '\u202f';

const KIND_EN: Record<ItemKind, string> = {
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

/** Noun with its definite article, and grammatical gender (for agreement). */
const KIND_FR: Record<ItemKind, readonly [string, 'm' | 'f']> = {
  feed: ['le flux', 'm'],
  event: ['l’événement', 'm'],
  venue: ['le lieu', 'm'],
  floor: ['l’étage', 'm'],
  room: ['la salle', 'f'],
  organization: ['l’organisation', 'f'],
  person: ['la personne', 'f'],
  theme: ['le thème', 'm'],
  block: ['le bloc', 'm'],
  session: ['la session', 'f'],
  participant: ['le participant', 'm'],
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function kindOf(value: string | number | undefined): ItemKind {
  return typeof value === 'string' && value in KIND_EN ? (value as ItemKind) : 'feed';
}

function subjectEn(p: Params): string {
  const kind = kindOf(p.item);
  if (kind === 'feed' || kind === 'event' || kind === 'venue') return `The ${KIND_EN[kind]}`;
  if (p.id !== undefined) return `${capitalize(KIND_EN[kind])} "${p.id}"`;
  return `The ${KIND_EN[kind]} at ${p.where}`;
}

function subjectFr(p: Params): string {
  const kind = kindOf(p.item);
  const [noun, gender] = KIND_FR[kind];
  if (kind === 'feed' || kind === 'event' || kind === 'venue') return capitalize(noun);
  if (p.id !== undefined) return `${capitalize(noun)} «${NBSP}${p.id}${NBSP}»`;
  return `${capitalize(noun)} situé${gender === 'f' ? 'e' : ''} en ${p.where}`;
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
    default:
      return 'it is ignored';
  }
}

function actionFr(p: Params): string {
  const [, gender] = KIND_FR[kindOf(p.item)];
  const pronoun = gender === 'f' ? 'elle' : 'il';
  const e = gender === 'f' ? 'e' : '';
  switch (p.action) {
    case 'skipped':
      return `${pronoun} est ignoré${e}`;
    case 'replaced':
      return `«${NBSP}${p.fallback}${NBSP}» est utilisé à la place`;
    case 'left-out':
      return 'cette entrée est omise';
    case 'no-room':
      return 'la session est affichée sans salle';
    case 'no-name':
      return `${pronoun} est affiché${e} sans nom`;
    case 'kept':
      return `${pronoun} est affiché${e} quand même`;
    default:
      return 'la valeur est ignorée';
  }
}

function listEn(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
function listFr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}
const schemes = (p: Params) => String(p.allowed ?? 'http,https,mailto').split(',');

type Params = Readonly<Record<string, string | number>>;

function english(code: string, p: Params): string | undefined {
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
    default:
      return undefined;
  }
}

function french(code: string, p: Params): string | undefined {
  const s = subjectFr(p);
  const a = `${NNBSP}; ${actionFr(p)}.`;
  const q = (value: string | number | undefined) => `«${NBSP}${value}${NBSP}»`;
  switch (code as WarningCode) {
    case 'invalid-item':
      return `${s} n’est pas un objet (${q(p.value)})${a}`;
    case 'missing-field':
      return `${s} n’a pas de champ ${q(p.field)}${a}`;
    case 'invalid-value':
      return `${s} a une valeur non valide pour ${q(p.field)}${NBSP}: ${q(p.value)}${p.expected ? ` (valeurs possibles${NBSP}: ${p.expected})` : ''}${a}`;
    case 'invalid-date':
      return `${s} a dans ${q(p.field)} une date ou une heure qui n’existe pas${NBSP}: ${q(p.value)}${a}`;
    case 'duplicate-id':
      return `${s} a le même identifiant qu’un élément précédent${a}`;
    case 'unknown-reference':
      return `${s} fait référence dans ${q(p.field)} à ${KIND_FR[kindOf(p.target)][0]} ${q(p.value)}, qui n’existe pas dans le flux${a}`;
    case 'end-before-start':
      return `${s} se termine (${p.end}) au plus tard à son début (${p.start})${a}`;
    case 'outside-event-dates':
      return `${s} a lieu le ${p.date}, en dehors des dates de l’événement (du ${p.startDate} au ${p.endDate})${a}`;
    case 'outside-block':
      return `${s} déborde des horaires de son bloc ${q(p.block)}${a}`;
    case 'empty-name':
      return `${s} a un nom vide${a}`;
    case 'unsafe-url':
      return `${s} a dans ${q(p.field)} un lien qui n’est pas une adresse ${listFr(schemes(p))} absolue${NBSP}: ${q(p.value)}${a}`;
    case 'invalid-color':
      return `${s} a dans ${q(p.field)} une couleur qui n’est ni #rgb ni #rrggbb${NBSP}: ${q(p.value)}${a}`;
    default:
      return undefined;
  }
}

/**
 * The warning as a sentence in `lang`. Warnings without params (or with a code this version
 * does not know) fall back to their English `message`.
 */
export function describeWarning(
  warning: Pick<FeedWarning, 'code' | 'path' | 'params'> & { readonly message?: string },
  lang: WarningLanguage,
): string {
  const params: Params = { where: warning.path, ...warning.params };
  const text = warning.params ? (lang === 'fr' ? french : english)(warning.code, params) : undefined;
  return text ?? warning.message ?? `${warning.path}: ${warning.code}`;
}
