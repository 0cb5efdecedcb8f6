/**
 * The embed configurator (`configurator.html`): pick a feed, a session, a language, a variant
 * and an accent colour, see the live widget, and copy the snippet for a CMS — the module
 * script and the tag, or the iframe fallback with the lines that resize it.
 */
import { loadFeed } from '../src/feed/load.js';
import type { Programme, Session } from '../src/feed/model.js';
import { formatDateTimeRange } from '../src/i18n/format.js';
import { pickText } from '../src/i18n/text.js';

const DEFAULT_ACCENT = '#1f4e9c';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#options');
const feedInput = $<HTMLInputElement>('#feed');
const baseInput = $<HTMLInputElement>('#base');
const feedStatus = $<HTMLElement>('#feed-status');
const search = $<HTMLInputElement>('#search');
const sessionSelect = $<HTMLSelectElement>('#session');
const sessionCount = $<HTMLElement>('#session-count');
const langSelect = $<HTMLSelectElement>('#lang');
const variantSelect = $<HTMLSelectElement>('#variant');
const accentInput = $<HTMLInputElement>('#accent');
const preview = $<HTMLElement>('#preview');
const moduleSnippet = $<HTMLTextAreaElement>('#snippet-module');
const iframeSnippet = $<HTMLTextAreaElement>('#snippet-iframe');
const copyStatus = $<HTMLElement>('#copy-status');

let programme: Programme | undefined;
let feedUrl = '';

interface Choice {
  readonly feed: string;
  readonly base: string;
  readonly session?: Session;
  readonly lang: 'fr' | 'en';
  readonly variant: 'card' | 'full';
  readonly accent: string;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function absolute(value: string): string {
  try {
    return new URL(value.trim(), location.href).href;
  } catch {
    return value.trim();
  }
}

function textOf(value: Session['title'] | undefined, lang: string): string {
  return (programme && pickText(value, lang, programme.event.defaultLanguage)?.text) ?? '';
}

/** "Atelier 1 — Mobiliser et coordonner…": what the fallback link and the iframe title say. */
function sessionName(session: Session, lang: string): string {
  const label = textOf(session.label, lang);
  const title = textOf(session.title, lang);
  return label ? `${label} — ${title}` : title;
}

function current(): Choice {
  const session = programme?.sessionsById.get(sessionSelect.value);
  return {
    feed: feedUrl || absolute(feedInput.value),
    base: absolute(baseInput.value || './'),
    ...(session ? { session } : {}),
    lang: langSelect.value === 'en' ? 'en' : 'fr',
    variant: variantSelect.value === 'full' ? 'full' : 'card',
    accent: /^#[0-9a-f]{6}$/i.test(accentInput.value) ? accentInput.value.toLowerCase() : DEFAULT_ACCENT,
  };
}

/** The recommended snippet: the one-file module and the tag, with a fallback link inside. */
export function moduleSnippetFor(choice: Choice): string {
  const id = choice.session?.id ?? '';
  const base = choice.base.endsWith('/') ? choice.base : `${choice.base}/`;
  const lines = [`<script type="module" src="${escapeHtml(new URL('aict-widgets.js', base).href)}"></script>`];
  if (choice.accent !== DEFAULT_ACCENT) lines.push(`<style>aict-session { --aict-accent: ${choice.accent}; }</style>`);
  const variant = choice.variant === 'full' ? ' variant="full"' : '';
  lines.push(`<aict-session src="${escapeHtml(choice.feed)}" session-id="${escapeHtml(id)}" lang="${choice.lang}"${variant}>`);
  if (choice.session) {
    const name = escapeHtml(sessionName(choice.session, choice.lang));
    lines.push(choice.session.url ? `  <a href="${escapeHtml(choice.session.url)}">${name}</a>` : `  <p>${name}</p>`);
  }
  lines.push('</aict-session>');
  return lines.join('\n');
}

/** The iframe fallback, and the few lines that let the parent page fit its height. */
export function iframeSnippetFor(choice: Choice): string {
  const base = choice.base.endsWith('/') ? choice.base : `${choice.base}/`;
  const page = new URL('embed.html', base);
  const query = new URLSearchParams({ src: choice.feed, session: choice.session?.id ?? '', lang: choice.lang, variant: choice.variant });
  if (choice.accent !== DEFAULT_ACCENT) query.set('accent', choice.accent);
  page.search = query.toString();
  const title = choice.session ? sessionName(choice.session, choice.lang) : 'Programme';
  return [
    `<iframe class="aict-embed" src="${escapeHtml(page.href)}" title="${escapeHtml(title)}"`,
    '  width="100%" height="480" loading="lazy" style="border:0"></iframe>',
    '<script>',
    "addEventListener('message', (e) => {",
    `  if (e.origin !== ${JSON.stringify(page.origin)} || e.data?.type !== 'aict-embed-height') return;`,
    "  for (const f of document.querySelectorAll('iframe.aict-embed'))",
    "    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '});',
    '</script>',
  ].join('\n');
}

function update(): void {
  const choice = current();
  if (preview.getAttribute('src') !== choice.feed) preview.setAttribute('src', choice.feed);
  if (choice.session) preview.setAttribute('session-id', choice.session.id);
  preview.setAttribute('lang', choice.lang);
  preview.setAttribute('variant', choice.variant);
  // CSSOM, not a style attribute: the same path the widgets use under a strict CSP.
  preview.style.setProperty('--aict-accent', choice.accent);
  moduleSnippet.value = moduleSnippetFor(choice);
  iframeSnippet.value = iframeSnippetFor(choice);
  copyStatus.textContent = '';
}

function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function fillSessions(): void {
  const query = fold(search.value.trim());
  const lang = langSelect.value;
  const keep = sessionSelect.value;
  const zone = programme?.event.timeZone ?? 'UTC';
  const ui = lang === 'en' ? 'en' : 'fr';
  const options = (programme?.sessions ?? [])
    .filter((s) => !query || fold(`${s.id} ${sessionName(s, lang)} ${textOf(s.title, lang === 'fr' ? 'en' : 'fr')}`).includes(query))
    .map((s) => {
      const option = document.createElement('option');
      option.value = s.id;
      option.textContent = `${sessionName(s, lang)} (${formatDateTimeRange(s.start, s.end, zone, ui)})`;
      return option;
    });
  sessionSelect.replaceChildren(...options);
  const total = programme?.sessions.length ?? 0;
  sessionCount.textContent = query ? `(${options.length} / ${total})` : `(${total})`;
  if (options.some((o) => o.value === keep)) sessionSelect.value = keep;
  else if (options.length) sessionSelect.value = options[0]!.value;
  update();
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
    feedStatus.textContent = `Flux illisible / Feed not loaded (${(error as Error).message})`;
  }
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
baseInput.addEventListener('input', update);
search.addEventListener('input', fillSessions);
sessionSelect.addEventListener('change', update);
langSelect.addEventListener('change', fillSessions);
variantSelect.addEventListener('change', update);
accentInput.addEventListener('input', update);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy($<HTMLTextAreaElement>(`#${button.dataset.copy}`)));
}

void loadSessions();
