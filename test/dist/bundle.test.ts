/**
 * The BUILT package (`npm run build` runs before `npm test`): the loader a CMS
 * loads, the per-element modules for bundlers, the exports map, the types and the manifest.
 * Nothing here imports the sources.
 */
import { expect } from '@open-wc/testing';
import { mount } from '../support/page.js';
import { closeFrames, loadFrame, renderedTitle, until } from './frames.js';

const TAGS = ['aict-session', 'aict-concurrent-sessions', 'aict-room-map', 'aict-programme'];
const BUNDLE = '/dist/aict-widgets.js';

interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: {
      name: string;
      tagName?: string;
      customElement?: boolean;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
      slots?: { name: string }[];
    }[];
    exports?: { kind: string; name: string }[];
  }[];
}

/** A file of the project as the build wrote it (the test server's `/raw/` route: no rewriting). */
async function text(url: string): Promise<string> {
  const response = await fetch(`/raw${url}`);
  expect(response.status, url).to.equal(200);
  return response.text();
}

/** Every module specifier in an ES module's text (static, side-effect and dynamic imports). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s*[\w$*{}\s,]*?\bfrom\s*(["'`])([^"'`]+)\1/g,
    /\bimport\s*(["'`])([^"'`]+)\1/g,
    /\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[2]!);
  return found;
}

describe('the built package', () => {
  after(closeFrames);

  describe('dist/aict-widgets.js, the one script a CMS loads', () => {
    it('has no bare imports left (a CMS page has no import map)', async () => {
      const code = await text(BUNDLE);
      const bare = specifiers(code).filter((s) => !/^(\.{0,2}\/|https?:)/.test(s));
      expect(bare).to.deep.equal([]);
      // The check itself would see them: it finds specifiers in the per-element modules.
      expect(specifiers(await text('/dist/components/session/aict-session.js'))).to.include('lit');
    });

    it('defines every element, and a second copy on the page is harmless', async () => {
      const { win } = await loadFrame({
        srcdoc: `<!doctype html><html lang="fr"><head>
          <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>
          <script type="module" src="${BUNDLE}"></script>
          <script type="module" src="${BUNDLE}?second-copy"></script></head>
          <body><aict-session src="/feeds/forum-aict-2022.json" session-id="atelier-1"></aict-session>
          <aict-programme src="/feeds/forum-aict-2022.json"></aict-programme>
          <aict-room-map src="/feeds/forum-aict-2022.json" session-id="atelier-1"></aict-room-map>
          <aict-concurrent-sessions src="/feeds/forum-aict-2022.json" session-id="atelier-1"></aict-concurrent-sessions></body></html>`,
      });
      // The loader defines each tag that is on the page (see loader.test.ts for the rest).
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'the four tags');
      const title = await until(() => renderedTitle(win.document.querySelector('aict-session')), 'a rendered card');
      expect(title).to.equal('Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT');
      expect((win as unknown as { errors: string[] }).errors).to.deep.equal([]);
    });
  });

  describe('the bundler entries', () => {
    it('index registers nothing; a component define entry registers its element', async () => {
      // The test server resolves the bare `lit` imports, as an application's bundler would.
      const { win } = await loadFrame({
        srcdoc: `<!doctype html><title>entries</title><script type="module">
          const tags = ${JSON.stringify(TAGS)};
          const defined = () => tags.filter((tag) => customElements.get(tag));
          const index = await import('/dist/index.js');
          const afterIndex = defined();
          await import('/dist/components/room-map/define.js');
          const afterRoomMap = defined();
          const { AictRoomMap } = await import('/dist/components/room-map/aict-room-map.js');
          await import('/dist/define.js');
          window.result = {
            exports: Object.keys(index).sort(), afterIndex, afterRoomMap, afterDefine: defined(),
            same: customElements.get('aict-room-map') === AictRoomMap && AictRoomMap === index.AictRoomMap,
          };
        </script>`,
      });
      const result = await until(() => (win as unknown as { result?: Record<string, unknown> }).result, 'the entries');
      expect(result.exports).to.include.members(['AictSession', 'AictProgramme', 'AictRoomMap', 'AictConcurrentSessions', 'parseFeed', 'loadFeed']);
      expect(result.afterIndex).to.deep.equal([]);
      expect(result.afterRoomMap).to.deep.equal(['aict-room-map']);
      expect(result.same).to.equal(true);
      expect(result.afterDefine).to.deep.equal(TAGS);
    });

    it('ships type declarations with the tag and event maps', async () => {
      const session = await text('/dist/types/components/session/aict-session.d.ts');
      expect(session).to.match(/interface HTMLElementTagNameMap\s*{\s*'aict-session': AictSession;/);
      const events = await text('/dist/types/shared/events.d.ts');
      expect(events).to.contain('interface HTMLElementEventMap extends AictEventMap');
      expect(await text('/dist/types/index.d.ts')).to.contain('AictSession');
    });
  });

  describe('package.json', () => {
    it('points every export, types included, at a file the build wrote', async () => {
      const pkg = JSON.parse(await text('/package.json')) as {
        exports: Record<string, string | Record<string, string>>;
        module: string;
        types: string;
        customElements: string;
        sideEffects: string[];
      };
      const components = ['session', 'concurrent-sessions', 'room-map', 'programme'];
      const targets = new Set<string>([pkg.module, pkg.types, pkg.customElements]);
      for (const [key, value] of Object.entries(pkg.exports)) {
        for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
          if (!key.includes('*')) targets.add(target);
          else for (const name of components) for (const file of ['define', `aict-${name}`]) targets.add(target.replace('*', `${name}/${file}`));
        }
      }
      expect([...targets]).to.include.members(['./dist/index.js', './dist/aict-widgets.js', './dist/define.js', './dist/embed.html']);
      const missing: string[] = [];
      for (const target of targets) {
        const response = await fetch(target.replace(/^\.\//, '/raw/'));
        if (response.status !== 200) missing.push(`${target} (${response.status})`);
      }
      expect(missing).to.deep.equal([]);
      expect(pkg.sideEffects).to.include('./dist/components/*/define.js');
      expect(pkg.sideEffects).not.to.include('./dist/index.js');
    });

    it('publishes the feed JSON Schema', async () => {
      const schema = JSON.parse(await text('/schema/aict-programme.schema.json')) as { $schema: string; required: string[] };
      expect(schema.$schema).to.contain('json-schema.org');
      expect(schema.required).to.include.members(['format', 'event', 'sessions']);
    });
  });

  describe('custom-elements.json', () => {
    it('describes <aict-session>: attributes, events, parts, slot, custom properties', async () => {
      const manifest = JSON.parse(await text('/dist/custom-elements.json')) as Manifest;
      const module = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === 'aict-session'))!;
      expect(module.path).to.equal('dist/components/session/aict-session.js');
      const element = module.declarations!.find((d) => d.tagName === 'aict-session')!;
      expect(element.customElement).to.equal(true);
      expect(element.attributes!.map((a) => a.name)).to.include.members([
        'src', 'lang', 'time-zone', 'session-href', 'heading-level',
        'session-id', 'variant', 'no-map', 'no-concurrent', 'no-seo',
      ]);
      expect(element.events!.map((e) => e.name)).to.include.members(['aict-load', 'aict-error', 'aict-session-select']);
      expect(element.cssParts!.map((p) => p.name)).to.include.members(['card', 'title', 'meta', 'people', 'error']);
      expect(element.cssProperties!.map((p) => p.name)).to.include.members([
        '--aict-accent', '--aict-font-family', '--aict-radius', '--aict-surface', '--aict-text',
      ]);
      expect(element.slots!.map((s) => s.name)).to.include('');
    });

    it('names every part the elements render', async () => {
      const manifest = JSON.parse(await text('/dist/custom-elements.json')) as Manifest;
      const documented = new Map(
        manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.tagName, new Set((d.cssParts ?? []).map((p) => p.name))]),
      );
      await import(/* @vite-ignore */ BUNDLE as string);
      const feed = 'src="/feeds/forum-aict-2022.json"';
      const undocumented: string[] = [];
      for (const markup of [
        `<aict-session ${feed} session-id="atelier-1" variant="full"></aict-session>`,
        `<aict-concurrent-sessions ${feed} session-id="atelier-1"></aict-concurrent-sessions>`,
        `<aict-room-map ${feed} session-id="atelier-1"></aict-room-map>`,
        `<aict-programme ${feed} view="grid"></aict-programme>`,
        `<aict-programme ${feed}></aict-programme>`,
      ]) {
        const { el, event } = await mount(markup);
        expect(event.type, markup).to.equal('aict-load');
        // The element's own parts: an element nested in its shadow root has its own list.
        const rendered = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]));
        expect(rendered.size, markup).to.be.greaterThan(1);
        for (const part of rendered) if (!documented.get(el.localName)?.has(part)) undocumented.push(`${el.localName}::part(${part})`);
      }
      expect(undocumented).to.deep.equal([]);
    });

    it('lists every element, each with the module that defines it, all shipped', async () => {
      const manifest = JSON.parse(await text('/dist/custom-elements.json')) as Manifest;
      const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
      expect(tags).to.have.members(TAGS);
      const definitions = manifest.modules.flatMap((m) =>
        (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${e.name} ${m.path}`),
      );
      expect(definitions).to.include('aict-session dist/components/session/define.js');
      expect(definitions).to.have.length(TAGS.length);
      for (const path of new Set(manifest.modules.map((m) => m.path))) {
        expect((await fetch(`/raw/${path}`)).status, path).to.equal(200);
      }
    });
  });

  it('renders an accessible card from the bundle in this page', async () => {
    await import(/* @vite-ignore */ BUNDLE as string);
    const { el } = await mount(`<aict-session src="/feeds/forum-aict-2022.json" session-id="atelier-1" lang="en"></aict-session>`);
    expect(renderedTitle(el)).to.contain('Mobiliser');
    await expect(el).to.be.accessible();
  });
});
