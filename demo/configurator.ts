/**
 * The embed builder (`configurator.html`): pick a feed, an element and its options, see the
 * live widget, and copy the snippet for a plain HTML page, the WordPress plugin (shortcode or
 * block), Drupal, TYPO3 or an iframe. The snippets themselves are written by
 * `embed-snippets.ts`; this file reads the form, keeps the preview in step, and refuses to
 * write a snippet that cannot work (no session, a feed on localhost).
 */
import { FeedError, loadFeed } from '../src/feed/load.js';
import type { Programme, Session } from '../src/feed/model.js';
import { toEventLocalDate } from '../src/core/time.js';
import { formatDateTimeRange, formatDay } from '../src/i18n/format.js';
import { pickText } from '../src/i18n/text.js';
import {
  TAGS,
  blockSnippet,
  drupalSnippet,
  htmlSnippet,
  iframeSnippet,
  problemsOf,
  shortcodeSnippet,
  typo3Snippet,
  type ElementKind,
  type EmbedChoice,
} from './embed-snippets.js';

const DEFAULT_ACCENT = '#1f4e9c';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#options');
const feedInput = $<HTMLInputElement>('#feed');
const publicFeedInput = $<HTMLInputElement>('#public-feed');
const baseInput = $<HTMLInputElement>('#base');
const feedStatus = $<HTMLElement>('#feed-status');
const elementSelect = $<HTMLSelectElement>('#element');
const search = $<HTMLInputElement>('#search');
const sessionSelect = $<HTMLSelectElement>('#session');
const sessionCount = $<HTMLElement>('#session-count');
const roomSelect = $<HTMLSelectElement>('#room');
const daySelect = $<HTMLSelectElement>('#day');
const langSelect = $<HTMLSelectElement>('#lang');
const variantSelect = $<HTMLSelectElement>('#variant');
const accentInput = $<HTMLInputElement>('#accent');
const stage = $<HTMLElement>('#stage');
const problemsBox = $<HTMLElement>('#problems');
const copyStatus = $<HTMLElement>('#copy-status');
const outputs = {
  module: $<HTMLTextAreaElement>('#snippet-module'),
  shortcode: $<HTMLTextAreaElement>('#snippet-shortcode'),
  block: $<HTMLTextAreaElement>('#snippet-block'),
  drupal: $<HTMLTextAreaElement>('#snippet-drupal'),
  typo3: $<HTMLTextAreaElement>('#snippet-typo3'),
  iframe: $<HTMLTextAreaElement>('#snippet-iframe'),
};

let programme: Programme | undefined;
let feedUrl = '';
let preview: HTMLElement | undefined;

const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(`#${id}`).value.trim();
const checked = (id: string) => $<HTMLInputElement>(`#${id}`).checked;

function absolute(text: string): string {
  try {
    return new URL(text.trim(), location.href).href;
  } catch {
    return text.trim();
  }
}

function textOf(text: Session['title'] | undefined, lang: string): string {
  return (programme && pickText(text, lang, programme.event.defaultLanguage)?.text) ?? '';
}

/** "Atelier 1 — Mobiliser et coordonner…": what the fallback link and the iframe title say. */
function sessionName(session: Session, lang: string): string {
  const label = textOf(session.label, lang);
  const title = textOf(session.title, lang);
  return label ? `${label} — ${title}` : title;
}

function elementKind(): ElementKind {
  const kind = elementSelect.value;
  return kind === 'programme' || kind === 'room-map' || kind === 'concurrent-sessions' ? kind : 'session';
}

function current(): EmbedChoice {
  const element = elementKind();
  const lang = langSelect.value === 'en' ? 'en' : 'fr';
  const usesSession = element !== 'programme';
  const session = usesSession ? programme?.sessionsById.get(sessionSelect.value) : undefined;
  const accent = /^#[0-9a-f]{6}$/i.test(accentInput.value) ? accentInput.value.toLowerCase() : DEFAULT_ACCENT;
  const scheme = value('color-scheme');
  const fallbackText =
    element === 'session' && session
      ? sessionName(session, lang)
      : element === 'programme'
        ? textOf(programme?.event.title, lang) || 'Programme'
        : '';
  return {
    element,
    feed: publicFeedInput.value.trim() ? absolute(publicFeedInput.value) : feedUrl || absolute(feedInput.value),
    base: absolute(baseInput.value || './'),
    lang,
    sessionId: session?.id ?? '',
    roomId: element === 'room-map' ? roomSelect.value : '',
    variant: variantSelect.value === 'full' ? 'full' : 'card',
    noMap: checked('no-map'),
    noConcurrent: checked('no-concurrent'),
    noSeo: checked('no-seo'),
    scope: value('scope') === 'overlap' ? 'overlap' : '',
    view: value('view') === 'grid' ? 'grid' : '',
    day: value('day'),
    query: value('query'),
    theme: value('theme'),
    kind: value('kind'),
    rooms: value('rooms'),
    sdg: value('sdg'),
    headingLevel: value('heading-level'),
    colorScheme: scheme === 'light' || scheme === 'dark' || scheme === 'auto' ? scheme : '',
    accent: accent === DEFAULT_ACCENT ? '' : accent,
    fallbackText,
    fallbackUrl: element === 'session' && session?.url ? session.url : (programme?.event.url ?? ''),
  };
}

/** Shows the fields of the chosen element only. */
function showFields(choice: EmbedChoice): void {
  for (const field of document.querySelectorAll<HTMLElement>('[data-for]')) {
    const forElement = field.dataset.for!.split(' ').includes(choice.element);
    field.hidden = !forElement || (field.hasAttribute('data-full') && choice.variant !== 'full');
  }
}

/** The preview is the element itself, replaced when the element changes, else updated. */
function updatePreview(choice: EmbedChoice): void {
  const tag = TAGS[choice.element];
  if (!preview || preview.localName !== tag) {
    preview = document.createElement(tag);
    preview.id = 'preview';
    preview.setAttribute('no-seo', '');
    stage.replaceChildren(preview);
  }
  const attributes: Record<string, string | undefined> = {
    // The preview reads the feed that was loaded, even when the snippet names its public address.
    src: feedUrl || absolute(feedInput.value),
    lang: choice.lang,
    'session-id': choice.element !== 'programme' ? choice.sessionId || undefined : undefined,
    'room-id': choice.element === 'room-map' ? choice.roomId || undefined : undefined,
    variant: choice.element === 'session' ? choice.variant : undefined,
    'no-map': choice.element === 'session' && choice.variant === 'full' && choice.noMap ? '' : undefined,
    'no-concurrent': choice.element === 'session' && choice.variant === 'full' && choice.noConcurrent ? '' : undefined,
    scope: choice.element === 'concurrent-sessions' ? choice.scope || undefined : undefined,
    view: choice.element === 'programme' ? choice.view || undefined : undefined,
    day: choice.element === 'programme' ? choice.day || undefined : undefined,
    query: choice.element === 'programme' ? choice.query || undefined : undefined,
    theme: choice.element === 'programme' ? choice.theme || undefined : undefined,
    kind: choice.element === 'programme' ? choice.kind || undefined : undefined,
    room: choice.element === 'programme' ? choice.rooms || undefined : undefined,
    sdg: choice.element === 'programme' ? choice.sdg || undefined : undefined,
    'heading-level': choice.headingLevel || '3',
    'color-scheme': choice.colorScheme || undefined,
  };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== attribute) preview.setAttribute(name, attribute);
  }
  // CSSOM, not a style attribute: the same path the widgets use under a strict CSP.
  preview.style.setProperty('--aict-accent', choice.accent || DEFAULT_ACCENT);
}

function update(): void {
  const choice = current();
  showFields(choice);
  updatePreview(choice);
  const problems = problemsOf(choice);
  problemsBox.replaceChildren(
    ...problems.map((problem) => {
      const p = document.createElement('p');
      p.textContent = problem;
      return p;
    }),
  );
  const title =
    choice.element === 'session' && choice.fallbackText ? choice.fallbackText : (textOf(programme?.event.title, choice.lang) || 'Programme');
  const snippets: Record<keyof typeof outputs, string> = problems.length
    ? { module: '', shortcode: '', block: '', drupal: '', typo3: '', iframe: '' }
    : {
        module: htmlSnippet(choice),
        shortcode: shortcodeSnippet(choice),
        block: blockSnippet(choice),
        drupal: drupalSnippet(choice),
        typo3: typo3Snippet(choice),
        iframe: iframeSnippet(choice, title),
      };
  for (const [key, textarea] of Object.entries(outputs) as [keyof typeof outputs, HTMLTextAreaElement][]) {
    textarea.value = snippets[key];
    textarea.disabled = problems.length > 0;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.disabled = problems.length > 0;
  copyStatus.textContent = '';
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function option(valueText: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = valueText;
  element.textContent = label;
  return element;
}

function fillSessions(): void {
  const query = fold(search.value.trim());
  const lang = langSelect.value;
  const keep = sessionSelect.value;
  const zone = programme?.event.timeZone ?? 'UTC';
  const ui = lang === 'en' ? 'en' : 'fr';
  const options = (programme?.sessions ?? [])
    .filter((s) => !query || fold(`${s.id} ${sessionName(s, lang)} ${textOf(s.title, lang === 'fr' ? 'en' : 'fr')}`).includes(query))
    .map((s) => option(s.id, `${sessionName(s, lang)} (${formatDateTimeRange(s.start, s.end, zone, ui)})`));
  sessionSelect.replaceChildren(...options);
  const total = programme?.sessions.length ?? 0;
  sessionCount.textContent = query ? `(${options.length} / ${total})` : `(${total})`;
  if (options.some((o) => o.value === keep)) sessionSelect.value = keep;
  else if (options.length) sessionSelect.value = options[0]!.value;
  update();
}

/** Rooms and days of the loaded feed, for the room map and the programme's first day. */
function fillFeedLists(): void {
  const lang = langSelect.value;
  const keepRoom = roomSelect.value;
  roomSelect.replaceChildren(
    roomSelect.options[0]!,
    ...[...(programme?.rooms.values() ?? [])].map((room) => option(room.id, textOf(room.name, lang) || room.id)),
  );
  roomSelect.value = [...roomSelect.options].some((o) => o.value === keepRoom) ? keepRoom : '';
  const keepDay = daySelect.value;
  const zone = programme?.event.timeZone ?? 'UTC';
  const ui = lang === 'en' ? 'en' : 'fr';
  const days = [...new Set((programme?.sessions ?? []).map((s) => toEventLocalDate(s.start, zone)))].sort();
  daySelect.replaceChildren(daySelect.options[0]!, ...days.map((day) => option(day, formatDay(day, ui))));
  daySelect.value = days.includes(keepDay) ? keepDay : '';
}

/** A failed load, said in words a webmaster can act on; "CORS" when that is the likely cause. */
function loadProblem(error: unknown, url: string): string {
  const crossOrigin = (() => {
    try {
      return new URL(url).origin !== location.origin;
    } catch {
      return false;
    }
  })();
  if (error instanceof FeedError && error.code === 'network' && crossOrigin) {
    return (
      `Flux bloqué : son serveur ne l’autorise pas pour ce site (CORS, en-tête Access-Control-Allow-Origin absent), ou il ne répond pas. ` +
      `/ Feed blocked by CORS (no Access-Control-Allow-Origin header for this site), or its server does not answer. (${error.message})`
    );
  }
  return `Flux illisible / Feed not loaded (${(error as Error).message})`;
}

async function loadSessions(): Promise<void> {
  const url = absolute(feedInput.value);
  feedStatus.textContent = 'Chargement… / Loading…';
  try {
    programme = await loadFeed(url, document);
    feedUrl = url;
    const count = programme.sessions.length;
    feedStatus.textContent = `${count} sessions. ${programme.warnings.length ? `${programme.warnings.length} avertissement(s) / warning(s).` : ''}`;
  } catch (error) {
    programme = undefined;
    feedUrl = url;
    feedStatus.textContent = loadProblem(error, url);
  }
  fillFeedLists();
  fillSessions();
}

async function copy(textarea: HTMLTextAreaElement): Promise<void> {
  let done = false;
  try {
    await navigator.clipboard.writeText(textarea.value);
    done = true;
  } catch {
    // No Clipboard API (http page, permission refused): select the text for Ctrl+C.
    textarea.focus();
    textarea.select();
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
  }
  copyStatus.textContent = done ? 'Copié\u202f! / Copied!' : 'Texte sélectionné\u00a0: Ctrl+C pour copier. / Selected: press Ctrl+C.';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadSessions();
});
feedInput.addEventListener('change', () => void loadSessions());
search.addEventListener('input', fillSessions);
langSelect.addEventListener('change', () => {
  fillFeedLists();
  fillSessions();
});
// Every other control only changes the choice.
form.addEventListener('input', (event) => {
  if (event.target !== search && event.target !== feedInput) update();
});
form.addEventListener('change', (event) => {
  if (event.target !== search && event.target !== feedInput && event.target !== langSelect) update();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy($<HTMLTextAreaElement>(`#${button.dataset.copy}`)));
}

void loadSessions();
