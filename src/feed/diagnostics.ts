/**
 * Feed warnings in words, for the programme editor: English (the `message` every warning
 * carries, used in `aict-load`; in `diagnostics-en.ts`, all the browser bundle imports) and
 * French (for the CLI and the embed configurator).
 *
 * The parser records a stable `code` and the `params` it found; the sentence is rebuilt here,
 * so both languages always say the same thing.
 */
import type { FeedWarning } from './model.js';
import { capitalize, english, kindOf, schemes, type ItemKind, type Params, type WarningCode } from './diagnostics-en.js';

export { WARNING_CODES, type ItemKind, type WarningAction, type WarningCode } from './diagnostics-en.js';

export type WarningLanguage = 'en' | 'fr';

const NBSP = '\u00a0';
/** French typography: narrow no-break space before `;` `!` `?`. */
const NNBSP = '\u202f';

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

function subjectFr(p: Params): string {
  const kind = kindOf(p.item);
  const [noun, gender] = KIND_FR[kind];
  if (kind === 'feed' || kind === 'event' || kind === 'venue') return capitalize(noun);
  if (p.id !== undefined) return `${capitalize(noun)} «${NBSP}${p.id}${NBSP}»`;
  return `${capitalize(noun)} situé${gender === 'f' ? 'e' : ''} en ${p.where}`;
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
    case 'cut':
      return `seules les ${p.max} premières sont lues`;
    default:
      return 'la valeur est ignorée';
  }
}

function listFr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
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
    case 'too-many':
      return `${s} compte ${p.count} entrées dans ${q(p.field)}, au-delà des ${p.max} admises${a}`;
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
