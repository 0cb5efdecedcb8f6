/**
 * What the embed builder writes, as pure functions of the webmaster's choice: the plain HTML
 * (script + tag), the WordPress shortcode and block, the Drupal and TYPO3 set-ups, the iframe.
 * One table of options says, for each, its element attribute, its iframe parameter, its
 * shortcode and block names and which elements take it, so every output follows it.
 */

export type ElementKind = 'session' | 'programme' | 'room-map' | 'concurrent-sessions';

export interface EmbedChoice {
  readonly element: ElementKind;
  /** The feed's address as visitors' browsers will fetch it. */
  readonly feed: string;
  /** Where `aict-widgets.js` and `embed.html` are published. */
  readonly base: string;
  readonly lang: 'fr' | 'en';
  readonly sessionId: string;
  readonly roomId: string;
  readonly variant: 'card' | 'full';
  readonly noMap: boolean;
  readonly noConcurrent: boolean;
  readonly noSeo: boolean;
  readonly scope: '' | 'overlap';
  readonly view: '' | 'grid';
  readonly day: string;
  readonly query: string;
  readonly theme: string;
  readonly kind: string;
  readonly rooms: string;
  readonly sdg: string;
  readonly headingLevel: string;
  readonly colorScheme: '' | 'light' | 'dark' | 'auto';
  /** `#rrggbb`, or '' for the default accent. */
  readonly accent: string;
  /** The fallback link inside the tag (the session's name and page), when known. */
  readonly fallbackText: string;
  readonly fallbackUrl: string;
}

export const TAGS: Record<ElementKind, string> = {
  session: 'aict-session',
  programme: 'aict-programme',
  'room-map': 'aict-room-map',
  'concurrent-sessions': 'aict-concurrent-sessions',
};

const SHORTCODES: Record<ElementKind, string> = {
  session: 'aict_session',
  programme: 'aict_programme',
  'room-map': 'aict_room_map',
  'concurrent-sessions': 'aict_concurrent_sessions',
};

type Key = Exclude<keyof EmbedChoice, 'element' | 'feed' | 'base' | 'lang' | 'accent' | 'fallbackText' | 'fallbackUrl'>;

interface OptionRow {
  readonly key: Key;
  readonly attribute: string;
  /** Query parameter of embed.html. */
  readonly param: string;
  readonly shortcode: string;
  /** Block attribute ('' when the block name carries it). */
  readonly block: string;
  readonly elements: readonly ElementKind[] | 'all';
  /** Whether the row applies to this choice beyond its element (e.g. no-map only for full). */
  readonly when?: (choice: EmbedChoice) => boolean;
}

const isFull = (choice: EmbedChoice) => choice.variant === 'full';

export const OPTIONS: readonly OptionRow[] = [
  { key: 'sessionId', attribute: 'session-id', param: 'session', shortcode: 'session_id', block: 'sessionId', elements: ['session', 'room-map', 'concurrent-sessions'] },
  { key: 'roomId', attribute: 'room-id', param: 'room', shortcode: 'room_id', block: 'roomId', elements: ['room-map'] },
  { key: 'variant', attribute: 'variant', param: 'variant', shortcode: 'variant', block: '', elements: ['session'] },
  { key: 'noMap', attribute: 'no-map', param: 'no-map', shortcode: 'no_map', block: 'noMap', elements: ['session'], when: isFull },
  { key: 'noConcurrent', attribute: 'no-concurrent', param: 'no-concurrent', shortcode: 'no_concurrent', block: 'noConcurrent', elements: ['session'], when: isFull },
  { key: 'noSeo', attribute: 'no-seo', param: 'no-seo', shortcode: 'no_seo', block: 'noSeo', elements: ['session'] },
  { key: 'scope', attribute: 'scope', param: 'scope', shortcode: 'scope', block: 'scope', elements: ['concurrent-sessions'] },
  { key: 'view', attribute: 'view', param: 'view', shortcode: 'view', block: 'view', elements: ['programme'] },
  { key: 'day', attribute: 'day', param: 'day', shortcode: 'day', block: 'day', elements: ['programme'] },
  { key: 'query', attribute: 'query', param: 'query', shortcode: 'query', block: 'query', elements: ['programme'] },
  { key: 'theme', attribute: 'theme', param: 'theme', shortcode: 'theme', block: 'theme', elements: ['programme'] },
  { key: 'kind', attribute: 'kind', param: 'kind', shortcode: 'kind', block: 'kind', elements: ['programme'] },
  { key: 'rooms', attribute: 'room', param: 'rooms', shortcode: 'room', block: 'room', elements: ['programme'] },
  { key: 'sdg', attribute: 'sdg', param: 'sdg', shortcode: 'sdg', block: 'sdg', elements: ['programme'] },
  { key: 'headingLevel', attribute: 'heading-level', param: 'heading-level', shortcode: 'heading_level', block: 'headingLevel', elements: 'all' },
  { key: 'colorScheme', attribute: 'color-scheme', param: 'color-scheme', shortcode: 'color_scheme', block: 'colorScheme', elements: 'all' },
];

/** The options that apply to a choice, with their values (`true` for a flag). */
function applied(choice: EmbedChoice): { row: OptionRow; value: string | true }[] {
  const out: { row: OptionRow; value: string | true }[] = [];
  for (const row of OPTIONS) {
    if (row.elements !== 'all' && !row.elements.includes(choice.element)) continue;
    if (row.when && !row.when(choice)) continue;
    const value = choice[row.key];
    if (value === true) out.push({ row, value: true });
    else if (typeof value === 'string' && value.trim() !== '') {
      // A session's variant is written only when it is not the default.
      if (row.key === 'variant' && value === 'card') continue;
      out.push({ row, value: value.trim() });
    }
  }
  return out;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Shortcode attribute values cannot hold `"` or `]`, nor `[` and `<` safely. */
function shortcodeValue(value: string): string {
  return value.replace(/["[\]<>]/g, '');
}

function dirOf(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function scriptUrl(choice: EmbedChoice): string {
  return new URL('aict-widgets.js', dirOf(choice.base)).href;
}

const LOCAL_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|.+\.localhost|.+\.local)$/i;

/**
 * What stops a snippet from working on a partner's site, in French and English; empty when
 * the snippet can be written.
 */
export function problemsOf(choice: EmbedChoice): string[] {
  const problems: string[] = [];
  let feed: URL | undefined;
  try {
    feed = new URL(choice.feed);
  } catch {
    feed = undefined;
  }
  if (!feed || (feed.protocol !== 'https:' && feed.protocol !== 'http:')) {
    problems.push('L’adresse du flux doit être une adresse complète en https:// (ou http://). / The feed address must be a full https:// (or http://) URL.');
  } else if (LOCAL_HOSTS.test(feed.hostname)) {
    problems.push(
      `Le flux est sur ${feed.hostname}, une adresse de votre machine : les visiteurs de votre site ne pourront pas le lire. Indiquez son adresse publique. / The feed is on ${feed.hostname}, an address of your own machine: visitors cannot read it. Give its public address.`,
    );
  }
  const needsSession = choice.element === 'session' || choice.element === 'concurrent-sessions';
  if (needsSession && !choice.sessionId.trim()) problems.push('Choisissez une session. / Pick a session.');
  if (choice.element === 'room-map' && !choice.sessionId.trim() && !choice.roomId.trim())
    problems.push('Choisissez une session ou une salle. / Pick a session or a room.');
  return problems;
}

function fallbackHtml(choice: EmbedChoice): string {
  if (!choice.fallbackText) return '';
  const text = escapeHtml(choice.fallbackText);
  return /^https?:\/\//i.test(choice.fallbackUrl) ? `<a href="${escapeHtml(choice.fallbackUrl)}">${text}</a>` : `<p>${text}</p>`;
}

/** The tag alone, with its fallback link inside. */
export function tagFor(choice: EmbedChoice): string {
  const tag = TAGS[choice.element];
  const attributes = [`src="${escapeHtml(choice.feed)}"`, `lang="${choice.lang}"`];
  for (const { row, value } of applied(choice)) attributes.push(value === true ? row.attribute : `${row.attribute}="${escapeHtml(value)}"`);
  const fallback = fallbackHtml(choice);
  return `<${tag} ${attributes.join(' ')}>${fallback ? `\n  ${fallback}\n` : ''}</${tag}>`;
}

function accentRule(choice: EmbedChoice): string {
  return `${TAGS[choice.element]} { --aict-accent: ${choice.accent}; }`;
}

/** Plain HTML: the module script (once per page), the accent colour, the tag. */
export function htmlSnippet(choice: EmbedChoice): string {
  const lines = [`<script type="module" src="${escapeHtml(scriptUrl(choice))}"></script>`];
  if (choice.accent) lines.push(`<style>${accentRule(choice)}</style>`);
  lines.push(tagFor(choice));
  return lines.join('\n');
}

/** The WordPress plugin's shortcode (classic editor, page builders). */
export function shortcodeSnippet(choice: EmbedChoice): string {
  const parts = [SHORTCODES[choice.element]];
  for (const { row, value } of applied(choice)) {
    const name = choice.element === 'session' && row.key === 'sessionId' ? 'id' : row.shortcode;
    parts.push(value === true ? name : `${name}="${shortcodeValue(value)}"`);
  }
  parts.push(`lang="${choice.lang}"`, `src="${shortcodeValue(choice.feed)}"`);
  if (choice.fallbackText) parts.push(`text="${shortcodeValue(choice.fallbackText)}"`);
  if (/^https?:\/\//i.test(choice.fallbackUrl)) parts.push(`link="${shortcodeValue(choice.fallbackUrl)}"`);
  return `[${parts.join(' ')}]`;
}

/** The WordPress plugin's block, as the block editor's code editor shows it. */
export function blockSnippet(choice: EmbedChoice): string {
  const name = choice.element === 'session' ? `session-${choice.variant}` : choice.element;
  const attributes: Record<string, string | boolean> = {};
  for (const { row, value } of applied(choice)) if (row.block) attributes[row.block] = value;
  attributes.lang = choice.lang;
  attributes.src = choice.feed;
  if (choice.fallbackText) attributes.fallbackText = choice.fallbackText;
  if (/^https?:\/\//i.test(choice.fallbackUrl)) attributes.fallbackUrl = choice.fallbackUrl;
  // As WordPress serializes block attributes: no "--", "<", ">" or "&" left readable.
  const json = JSON.stringify(attributes)
    .replace(/\\"/g, '\\u0022')
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `<!-- wp:aict/${name} ${json} /-->`;
}

/** Drupal: a library for the script (theme or module), then the tag in a text format that allows it. */
export function drupalSnippet(choice: EmbedChoice): string {
  const allowed = [...new Set(['src', 'lang', ...OPTIONS.filter((r) => r.elements === 'all' || r.elements.includes(choice.element)).map((r) => r.attribute)])];
  return [
    '# THEME.libraries.yml (attach the library to the pages, or to the block that shows the tag)',
    'aict-widgets:',
    '  js:',
    `    ${scriptUrl(choice)}: { type: external, attributes: { type: module } }`,
    '',
    `# Text format (e.g. Basic HTML) → Allowed HTML tags / CKEditor 5 Source editing: <${TAGS[choice.element]} ${allowed.join(' ')}>`,
    '# Then, in the body (Source mode):',
    tagFor(choice),
  ].join('\n');
}

/** TYPO3: the script from TypoScript, the tag in an HTML content element. */
export function typo3Snippet(choice: EmbedChoice): string {
  const lines = [
    '# TypoScript setup',
    `page.includeJSFooter.aictWidgets = ${scriptUrl(choice)}`,
    'page.includeJSFooter.aictWidgets.external = 1',
    'page.includeJSFooter.aictWidgets.type = module',
  ];
  if (choice.accent) lines.push(`page.cssInline.10 = TEXT`, `page.cssInline.10.value = ${accentRule(choice)}`);
  lines.push('', '# Content element "HTML" (Plain HTML):', tagFor(choice));
  return lines.join('\n');
}

/** The iframe page's address for a choice. */
export function embedUrl(choice: EmbedChoice): URL {
  const page = new URL('embed.html', dirOf(choice.base));
  const query = new URLSearchParams();
  if (choice.element !== 'session') query.set('element', choice.element);
  query.set('src', choice.feed);
  query.set('lang', choice.lang);
  for (const { row, value } of applied(choice)) query.set(row.param, value === true ? '1' : value);
  if (choice.element === 'session' && !query.has('variant')) query.set('variant', 'card');
  if (choice.accent) query.set('accent', choice.accent);
  page.search = query.toString();
  return page;
}

/** The iframe, and the few lines that let the parent page fit its height. */
export function iframeSnippet(choice: EmbedChoice, title: string): string {
  const page = embedUrl(choice);
  return [
    `<iframe class="aict-embed" src="${escapeHtml(page.href)}" title="${escapeHtml(title)}"`,
    `  width="100%" height="${choice.element === 'programme' ? 900 : 480}" loading="lazy" style="border:0"></iframe>`,
    '<script>',
    "addEventListener('message', (e) => {",
    `  if (e.origin !== ${JSON.stringify(page.origin)} || e.data?.type !== 'aict-embed-height') return;`,
    "  for (const f of document.querySelectorAll('iframe.aict-embed'))",
    "    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '});',
    '</script>',
  ].join('\n');
}
