/**
 * Strict pages: the widgets under a real `Content-Security-Policy` HTTP header
 * (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'; trusted-types lit-html aict-widgets 'allow-duplicates'`), sent by the test server
 * for /csp/page.html (test/support/hardening-routes.mjs). The test runner's own page cannot
 * carry such a policy (it injects inline scripts), so the strict page runs in a same-origin
 * iframe and a probe script records violations, errors, warnings and the widgets' events.
 */
import { expect } from '@open-wc/testing';
import { requestCount } from '../support/page.js';

interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  loads: string[];
  failures: string[];
}

interface StrictPage {
  frame: HTMLIFrameElement;
  probe: Probe;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the strict page and waits until its three elements have each loaded or failed. */
async function openStrictPage(query: string, timeout = 20000): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  frame.width = '800';
  frame.height = '600';
  frame.src = `/csp/page.html?${query}`;
  frames.push(frame);
  document.body.append(frame);
  const started = Date.now();
  for (;;) {
    const probe = (frame.contentWindow as (Window & { __aictProbe?: Probe }) | null)?.__aictProbe;
    if (probe && probe.loads.length + probe.failures.length >= 3) {
      // Late violations (a style applied after the first render) get a moment to surface.
      await new Promise((r) => setTimeout(r, 200));
      return { frame, probe, doc: frame.contentDocument! };
    }
    if (Date.now() - started > timeout) {
      throw new Error(`strict page did not settle: ${JSON.stringify(probe)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Paths of the scripts the strict page loaded. */
function scriptsLoaded(page: StrictPage): string[] {
  return page.frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

function sessionEl(doc: Document, id: string): HTMLElement {
  return doc.querySelector<HTMLElement>(`aict-session[session-id="${id}"]`)!;
}

function expectRendered(page: StrictPage): void {
  const { probe, doc } = page;
  expect(probe.violations, 'CSP violations').to.deep.equal([]);
  expect(probe.errors, 'errors').to.deep.equal([]);
  expect(probe.loads).to.have.members(['s1', 's2']);
  expect(probe.failures).to.deep.equal(['no-such-session:not-found']);
  const s1 = sessionEl(doc, 's1').shadowRoot!;
  // The description went through the sanitizer: the allowed <strong> is there, the payloads are not.
  expect(s1.querySelector('.description strong')?.textContent).to.equal('riche');
  expect(s1.querySelector('img, script, [onerror]')).to.equal(null);
  // Static styles (adopted style sheets) apply under style-src 'self'.
  const card = s1.querySelector('[part~="card"]')!;
  expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
  // Theme colours arrive as custom properties set through CSSOM, not `style=` attributes.
  const theme = s1.querySelector<HTMLElement>('.theme.coloured')!;
  expect(theme.style.getPropertyValue('--_theme-bg')).to.match(/^#[0-9a-f]{6}$/i);
  expect(getComputedStyle(theme).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
}

describe('strict Content-Security-Policy with Trusted Types (real HTTP header)', function () {
  this.timeout(60000);

  it('the policy is really sent with the page', async () => {
    const response = await fetch('/csp/page.html?entry=source');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html aict-widgets');
  });

  it('renders from the sources with zero violations', async () => {
    expectRendered(await openStrictPage('entry=source'));
  });

  it('renders with the DOMParser + `aict-widgets` policy path of the sanitizer, zero violations', async () => {
    expectRendered(await openStrictPage('entry=source&parser=dom-parser'));
  });

  it('without `aict-widgets` in the trusted-types list, descriptions degrade to plain text, nothing breaks', async () => {
    const { probe, doc } = await openStrictPage("entry=source&parser=dom-parser&tt=lit-html%20'allow-duplicates'");
    expect(probe.errors).to.deep.equal([]);
    expect(probe.loads).to.have.members(['s1', 's2']);
    const description = sessionEl(doc, 's1').shadowRoot!.querySelector('.description')!;
    expect(description.textContent).to.contain('riche');
    expect(description.querySelector('strong, img, script')).to.equal(null);
    // Only Trusted Types reports: the refused policy name, and the sinks it would have covered
    // (the description parse, the JSON-LD block), each blocked and caught. The README explains.
    expect(probe.violations.length).to.be.greaterThan(0);
    for (const v of probe.violations) expect(v).to.match(/^(trusted-types|require-trusted-types-for) /);
  });

  for (const parser of ['auto', 'dom-parser']) {
    it(`descriptions with style=, value-less handlers and <style> raise no report (${parser} parse)`, async () => {
      // Chromium reports these even from an inert parse; the sanitizer's pre-pass renames or drops them.
      const { probe, doc } = await openStrictPage(`entry=source&parser=${parser}&src=${encodeURIComponent('/feeds/csp-noise.json')}`);
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(probe.loads).to.have.members(['s1', 's2']);
      const description = sessionEl(doc, 's1').shadowRoot!.querySelector('.description')!;
      expect(description.textContent).to.contain('styled').and.contain('lien').and.contain('on reste en ligne, style libre');
      expect(description.textContent).not.to.contain('color:red');
      expect(description.querySelector('[style], [x-style], [onerror], style')).to.equal(null);
    });
  }

  describe('the built bundle (what a CMS loads)', function () {
    this.timeout(180000);

    it('renders with zero violations', async () => {
      expectRendered(await openStrictPage('entry=bundle', 150000));
    });

    it('two copies of one version: no exception, one fetch, no warning', async () => {
      const key = `csp-two-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const page = await openStrictPage(`entry=bundle&copies=,&src=${encodeURIComponent(`/feeds/mini.json?key=${key}`)}`, 150000);
      expectRendered(page);
      expect(page.doc.querySelectorAll('script[type="module"]')).to.have.length(2);
      expect(await requestCount(key)).to.equal(1);
      // Each element's code came once, from the folder of the copy that ran first.
      const chunks = scriptsLoaded(page).filter((path) => path.includes('/chunks/'));
      expect(chunks.filter((path) => /\/chunks\/session-[\w-]{8}\.js$/.test(path))).to.have.length(1);
      expect(chunks.every((path) => path.startsWith('/csp/bundle/copy0/-/chunks/')), chunks.join('\n')).to.equal(true);
      expect(page.probe.warnings.filter((w) => w.includes('aict-widgets'))).to.deep.equal([]);
    });

    it('two versions: no exception, one fetch, a console warning naming both versions', async () => {
      const key = `csp-versions-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const page = await openStrictPage(
        `entry=bundle&copies=,0.0.9-old&src=${encodeURIComponent(`/feeds/mini.json?key=${key}`)}`,
        150000,
      );
      expectRendered(page);
      expect(await requestCount(key)).to.equal(1);
      const warning = page.probe.warnings.find((w) => w.includes('aict-widgets') && w.includes('0.0.9-old'));
      expect(warning, page.probe.warnings.join('\n')).to.be.a('string');
    });
  });

  it('is accessible (the test page hosting the strict frame)', async () => {
    const page = await openStrictPage('entry=source');
    await expect(page.frame).to.be.accessible();
  });
});
