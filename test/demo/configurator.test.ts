/**
 * The embed builder (`demo/configurator.html`), driven as a webmaster would: pick an element,
 * a session and options, watch the preview follow, read the snippets for HTML, WordPress,
 * Drupal, TYPO3 and the iframe — and be refused a snippet that cannot work.
 */
import { expect } from '@open-wc/testing';
import { closeFrames, loadFrame, renderedTitle, until, type Frame } from '../dist/frames.js';

const PUBLIC_FEED = 'https://partenaire.example/forum/programme.json';

let page: Frame;
const q = <T extends Element>(selector: string) => page.doc.querySelector<T>(selector)!;
const preview = () => q<HTMLElement>('#stage > *');
const snippet = (name: string) => q<HTMLTextAreaElement>(`#snippet-${name}`).value;

function set(selector: string, value: string, type: 'input' | 'change' = 'change'): void {
  const field = q<HTMLInputElement | HTMLSelectElement>(selector);
  field.value = value;
  field.dispatchEvent(new page.win.Event(type, { bubbles: true }));
}

function tick(selector: string): void {
  q<HTMLInputElement>(selector).click();
}

/** The block comment's attributes, read back as WordPress parses them. */
function blockOf(text: string): { name: string; attributes: Record<string, unknown> } {
  const match = /^<!-- wp:(\S+) (\{.*\}) \/-->$/.exec(text);
  expect(match, text).to.not.equal(null);
  return { name: match![1]!, attributes: JSON.parse(match![2]!) as Record<string, unknown> };
}

describe('the embed builder', function () {
  // Each test loads the whole page in a frame (feed, preview): slow on a loaded machine.
  this.timeout(30000);
  beforeEach(async () => {
    page = await loadFrame({ src: '/demo/configurator.html', width: 1000 });
    await until(() => q<HTMLSelectElement>('#session').options.length > 0 && renderedTitle(preview()), 'the sessions and the preview');
  });
  afterEach(closeFrames);

  it('lists the sessions of the demo feed, searchable without accents or case', () => {
    const select = q<HTMLSelectElement>('#session');
    expect(select.options.length).to.equal(6);
    expect(select.options[0]!.textContent).to.contain('Atelier 1 — Mobiliser et coordonner');
    set('#search', 'JEUNESSE', 'input');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['mobilisation-jeunesse-enjeux-climat']);
    set('#search', 'genres', 'input'); // "genrés" in the feed
    expect([...select.options].map((o) => o.value)).to.deep.equal(['changement-climatique-effets-genres']);
    expect(q('#session-count').textContent).to.equal('(1 / 6)');
  });

  it('refuses to write a snippet for a feed on localhost, and says why', () => {
    // The demo feed is served by this machine: visitors of a partner site could not read it.
    expect(q('#problems').textContent).to.match(/Le flux est sur (localhost|127\.0\.0\.1)/);
    for (const name of ['module', 'shortcode', 'block', 'drupal', 'typo3', 'iframe']) {
      expect(snippet(name), name).to.equal('');
      expect(q<HTMLTextAreaElement>(`#snippet-${name}`).disabled).to.equal(true);
    }
    expect(q<HTMLButtonElement>('[data-copy="snippet-module"]').disabled).to.equal(true);
    set('#public-feed', 'http://127.0.0.1:8080/programme.json', 'input');
    expect(q('#problems').textContent).to.contain('127.0.0.1');
    set('#public-feed', PUBLIC_FEED, 'input');
    expect(q('#problems').textContent).to.equal('');
    expect(snippet('module')).to.contain(`src="${PUBLIC_FEED}"`);
    // The preview keeps reading the feed that was loaded.
    expect(preview().getAttribute('src')).to.equal(new URL('/demo/forum-aict-2022.json', location.href).href);
  });

  it('refuses to write a snippet without a session', () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#search', 'aucune session ne porte ce nom', 'input');
    expect(q<HTMLSelectElement>('#session').options.length).to.equal(0);
    expect(q('#problems').textContent).to.contain('Choisissez une session');
    expect(snippet('module')).to.equal('');
    expect(snippet('shortcode')).to.equal('');
  });

  it('writes a session for HTML, the WordPress shortcode and block, Drupal, TYPO3 and the iframe', () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#session', 'changements-climatiques-nouvelles-crises');
    const html = snippet('module');
    expect(html).to.match(/^<script type="module" src="https:\/\/votre-site\.example\/aict-widgets\/aict-widgets\.js"><\/script>\n<aict-session /);
    expect(html).to.contain(`<aict-session src="${PUBLIC_FEED}" lang="fr" session-id="changements-climatiques-nouvelles-crises">`);
    expect(snippet('shortcode')).to.match(/^\[aict_session id="changements-climatiques-nouvelles-crises" lang="fr" src="https:\/\/partenaire\.example\/forum\/programme\.json" text="Les changements climatiques[^"]*"( link="[^"]+")?\]$/);
    const block = blockOf(snippet('block'));
    expect(block.name).to.equal('aict/session-card');
    expect(block.attributes).to.include({ sessionId: 'changements-climatiques-nouvelles-crises', lang: 'fr', src: PUBLIC_FEED });
    expect(snippet('drupal')).to.contain('https://votre-site.example/aict-widgets/aict-widgets.js: { type: external, attributes: { type: module } }');
    expect(snippet('drupal')).to.contain('<aict-session src lang session-id variant no-map no-concurrent no-seo heading-level color-scheme>');
    expect(snippet('typo3')).to.contain('page.includeJSFooter.aictWidgets.type = module');
    expect(snippet('typo3')).to.contain('session-id="changements-climatiques-nouvelles-crises"');
    const iframe = snippet('iframe');
    expect(iframe).to.contain('https://votre-site.example/aict-widgets/embed.html?src=');
    expect(iframe).to.contain('session=changements-climatiques-nouvelles-crises');
    expect(iframe).not.to.contain('element=');
    expect(iframe).to.contain('if (e.origin !== "https://votre-site.example"');
    expect(preview().getAttribute('session-id')).to.equal('changements-climatiques-nouvelles-crises');
  });

  it('applies every session option to the preview and the snippets', async () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#lang', 'en');
    set('#variant', 'full');
    expect(q<HTMLElement>('#no-map').closest('label')!.hidden).to.equal(false);
    tick('#no-map');
    set('#heading-level', '2');
    set('#color-scheme', 'dark');
    set('#accent', '#8a1538', 'input');
    const html = snippet('module');
    expect(html).to.contain('lang="en" session-id="atelier-1" variant="full" no-map heading-level="2" color-scheme="dark"');
    expect(html).to.contain('<style>aict-session { --aict-accent: #8a1538; }</style>');
    expect(snippet('shortcode')).to.contain('[aict_session id="atelier-1" variant="full" no_map heading_level="2" color_scheme="dark" lang="en"');
    const block = blockOf(snippet('block'));
    expect(block.name).to.equal('aict/session-full');
    expect(block.attributes).to.include({ noMap: true, headingLevel: '2', colorScheme: 'dark', lang: 'en' });
    expect(snippet('iframe')).to.contain('lang=en&amp;session=atelier-1&amp;variant=full&amp;no-map=1&amp;heading-level=2&amp;color-scheme=dark&amp;accent=%238a1538');
    const el = preview();
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('variant')).to.equal('full');
    expect(el.hasAttribute('no-map')).to.equal(true);
    expect(el.getAttribute('heading-level')).to.equal('2');
    expect(el.getAttribute('color-scheme')).to.equal('dark');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--aict-accent').trim()).to.equal('#8a1538');
  });

  it('builds the programme with its view and filters', async () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#element', 'programme');
    expect(q<HTMLElement>('#session').closest<HTMLElement>('.group')!.hidden).to.equal(true);
    expect(q<HTMLElement>('#view').closest('label')!.hidden).to.equal(false);
    set('#view', 'grid');
    set('#theme', 'climat', 'input');
    set('#sdg', '13', 'input');
    set('#sdg', '', 'input');
    const days = [...q<HTMLSelectElement>('#day').options].map((o) => o.value);
    expect(days).to.include('2022-06-20');
    set('#day', '2022-06-20');
    const el = preview();
    expect(el.localName).to.equal('aict-programme');
    await until(() => el.shadowRoot?.textContent?.includes('effets genrés'), 'the programme');
    expect(el.getAttribute('view')).to.equal('grid');
    expect(el.hasAttribute('session-id')).to.equal(false);
    expect(snippet('module')).to.contain(`<aict-programme src="${PUBLIC_FEED}" lang="fr" view="grid" day="2022-06-20" theme="climat">`);
    expect(snippet('shortcode')).to.match(/^\[aict_programme view="grid" day="2022-06-20" theme="climat" lang="fr" src="[^"]+"/);
    expect(blockOf(snippet('block')).name).to.equal('aict/programme');
    expect(snippet('iframe')).to.contain('embed.html?element=programme&amp;src=');
    expect(snippet('iframe')).to.contain('view=grid');
  });

  it('builds the room map for a session or a room, and the concurrent sessions with their scope', async () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#element', 'room-map');
    const rooms = [...q<HTMLSelectElement>('#room').options].map((o) => o.value);
    expect(rooms).to.include('amphi-gaston-berger');
    set('#room', 'amphi-gaston-berger');
    expect(snippet('module')).to.contain('<aict-room-map src="https://partenaire.example/forum/programme.json" lang="fr" session-id="atelier-1" room-id="amphi-gaston-berger">');
    expect(snippet('shortcode')).to.contain('[aict_room_map session_id="atelier-1" room_id="amphi-gaston-berger"');
    const map = preview();
    expect(map.localName).to.equal('aict-room-map');
    await until(() => map.shadowRoot?.textContent?.includes('Amphi G. Berger'), 'the map');

    set('#element', 'concurrent-sessions');
    set('#session', 'odd-regards-croises-europeens');
    set('#scope', 'overlap');
    expect(snippet('module')).to.contain('<aict-concurrent-sessions src="https://partenaire.example/forum/programme.json" lang="fr" session-id="odd-regards-croises-europeens" scope="overlap">');
    expect(blockOf(snippet('block')).attributes).to.include({ sessionId: 'odd-regards-croises-europeens', scope: 'overlap' });
    expect(snippet('iframe')).to.contain('element=concurrent-sessions');
    const list = preview();
    expect(list.localName).to.equal('aict-concurrent-sessions');
    await until(() => list.shadowRoot?.textContent?.includes('changement climatique'), 'the concurrent sessions');
  });

  it('says "CORS" when another site does not allow the feed to be read', async () => {
    // Same test server, another origin: it sends no Access-Control-Allow-Origin.
    const other = new URL('/feeds/forum-aict-2022.json', location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    set('#feed', other.href);
    const said = await until(() => /CORS/.test(q('#feed-status').textContent ?? '') && q('#feed-status').textContent, 'the CORS message', 30000);
    expect(said).to.contain('Access-Control-Allow-Origin');
  });

  it('escapes what it writes into the snippets', () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    set('#base', 'https://example.org/"><script>alert(1)</script>/', 'input');
    for (const name of ['module', 'iframe', 'drupal', 'typo3']) expect(snippet(name), name).not.to.contain('"><script>alert');
  });

  it('copies a snippet and says so in a live region', async () => {
    set('#public-feed', PUBLIC_FEED, 'input');
    const status = q('#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    q<HTMLButtonElement>('[data-copy="snippet-iframe"]').click();
    const said = await until(() => status.textContent, 'the copy message');
    // Clipboard access depends on the browser's permissions: either it is copied, or the text
    // is selected for Ctrl+C — and the visitor is told which.
    const textarea = q<HTMLTextAreaElement>('#snippet-iframe');
    if (said.startsWith('Copié')) expect(said).to.equal('Copié\u202f! / Copied!');
    else expect(textarea.selectionEnd - textarea.selectionStart).to.equal(textarea.value.length);
    await expect(page.frame).to.be.accessible();
  });

  it('is an accessible form: every control has a label', async () => {
    const unlabelled = [...page.doc.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter((c) => c.labels?.length === 0);
    expect(unlabelled.map((c) => c.id)).to.deep.equal([]);
    set('#element', 'programme');
    await expect(page.frame).to.be.accessible();
  });
});
