/**
 * The embed configurator (`demo/configurator.html`), driven as a webmaster would: search and
 * pick a session, change the look, read and copy the snippets, watch the preview follow.
 */
import { expect } from '@open-wc/testing';
import { closeFrames, loadFrame, renderedTitle, until, type Frame } from '../dist/frames.js';

let page: Frame;
const q = <T extends Element>(selector: string) => page.doc.querySelector<T>(selector)!;
const preview = () => q<HTMLElement>('#preview');

function set(selector: string, value: string, type: 'input' | 'change'): void {
  const field = q<HTMLInputElement | HTMLSelectElement>(selector);
  field.value = value;
  field.dispatchEvent(new page.win.Event(type, { bubbles: true }));
}

describe('the embed configurator', () => {
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

  it('updates the snippets and the live preview when a session is picked', async () => {
    const snippet = q<HTMLTextAreaElement>('#snippet-module');
    expect(snippet.value).to.contain('session-id="atelier-1"');
    expect(snippet.value).to.contain('<a href="https://example.org/forum-aict-2022/atelier-1">Atelier 1 — Mobiliser');
    set('#session', 'changements-climatiques-nouvelles-crises', 'change');
    expect(snippet.value).to.contain('session-id="changements-climatiques-nouvelles-crises"');
    expect(snippet.value).to.match(/^<script type="module" src="https:\/\/votre-site\.example\/aict-widgets\/aict-widgets\.js"><\/script>/);
    expect(snippet.value).to.contain(`src="${new URL('/demo/forum-aict-2022.json', location.href).href}"`);
    expect(preview().getAttribute('session-id')).to.equal('changements-climatiques-nouvelles-crises');
    const title = await until(() => {
      const t = renderedTitle(preview());
      return t && !t.startsWith('Mobiliser') && t;
    }, 'the new title');
    expect(title).to.equal('Les changements climatiques responsables de nouvelles crises\u00a0?');
    const iframe = q<HTMLTextAreaElement>('#snippet-iframe').value;
    expect(iframe).to.contain('embed.html?src=');
    expect(iframe).to.contain('session=changements-climatiques-nouvelles-crises');
    expect(iframe).to.contain("e.data?.type !== 'aict-embed-height'");
    expect(iframe).to.contain('if (e.origin !== "https://votre-site.example"');
  });

  it('applies language, variant and accent colour to the preview and the snippets', async () => {
    set('#lang', 'en', 'change');
    set('#variant', 'full', 'change');
    set('#accent', '#8a1538', 'input');
    const snippet = q<HTMLTextAreaElement>('#snippet-module').value;
    expect(snippet).to.contain('lang="en" variant="full"');
    expect(snippet).to.contain('<style>aict-session { --aict-accent: #8a1538; }</style>');
    expect(q<HTMLTextAreaElement>('#snippet-iframe').value).to.contain('lang=en&amp;variant=full&amp;accent=%238a1538');
    expect(preview().getAttribute('lang')).to.equal('en');
    expect(preview().getAttribute('variant')).to.equal('full');
    expect(preview().style.getPropertyValue('--aict-accent')).to.equal('#8a1538');
    await (preview() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const accent = getComputedStyle(preview()).getPropertyValue('--aict-accent').trim();
    expect(accent).to.equal('#8a1538');
  });

  it('escapes what it writes into the snippet', () => {
    set('#base', 'https://example.org/"><script>alert(1)</script>/', 'input');
    const snippet = q<HTMLTextAreaElement>('#snippet-module').value;
    expect(snippet).not.to.contain('"><script>alert');
    expect(q<HTMLTextAreaElement>('#snippet-iframe').value).not.to.contain('"><script>alert');
  });

  it('copies a snippet and says so in a live region', async () => {
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
    await expect(page.frame).to.be.accessible();
  });
});
