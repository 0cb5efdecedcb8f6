/**
 * The hostile host pages of `hostile.test.ts`, one per condition: the same page (a heading, a
 * paragraph, a full session card in a container), each under its own theme CSS. The test
 * server serves them as `/hostile/<name>.html` (see `test/support/server-plugins.mjs`).
 */
export const HOSTILE_PAGES = {
  "body-typography": {
    title: "body: line-height 3, letter-spacing, uppercase, white text",
    css: "body { line-height: 3; letter-spacing: .3em; word-spacing: 1em; text-transform: uppercase; color: #fff; background: #203040; font-family: Georgia, serif; font-size: 22px; font-weight: 700; font-style: italic; text-align: justify; text-indent: 4em; white-space: nowrap; }",
  },
  "css-reset": {
    title: "a CSS reset that selects every element",
    css: "*, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0; font: inherit; font-size: 100%; vertical-align: baseline; line-height: 1; } html { font-size: 10px; } body { font: 12px/1 Georgia, serif; } a { color: inherit; text-decoration: none; } ul, ol { list-style: none; }",
  },
  "custom-font": {
    title: "--aict-font-family set by the webmaster",
    css: "body { font-family: Georgia, serif; } aict-session { --aict-font-family: Verdana, sans-serif; }",
  },
  "important-rules": {
    title: "!important rules on the host element",
    css: "body { font-family: Georgia, serif; } aict-session { font-size: 10px !important; line-height: 1 !important; color: red !important; text-transform: uppercase !important; letter-spacing: 2px !important; font-family: 'Comic Sans MS', cursive !important; font-weight: 900 !important; white-space: nowrap !important; box-sizing: content-box !important; }",
  },
  "narrow-320": {
    title: "320 px wide, long words",
    css: "body { margin: 0; } .container { width: 320px; max-width: 100%; }",
  },
  "root-font-size-62": {
    title: "html { font-size: 62.5% }",
    css: "html { font-size: 62.5%; } body { font-size: 1.4rem; }",
  },
  "root-font-size-8px": {
    title: "html { font-size: 8px }",
    css: "html { font-size: 8px; } body { font-size: 1rem; }",
  },
  "zoom-200": {
    title: "200 % text zoom at 320 px",
    css: "body { margin: 0; } .container { width: 320px; max-width: 100%; } aict-session { --aict-font-size: 200%; }",
  },
};

/** The page for `name`, or `undefined` when there is no such condition. */
export function hostilePage(name) {
  const page = Object.hasOwn(HOSTILE_PAGES, name) ? HOSTILE_PAGES[name] : undefined;
  if (!page) return undefined;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aict-widgets on a hostile page: ${page.title}</title>
<style>
${page.css}
</style>
<script type="module" src="/src/define.ts"></script>
</head>
<body>
<main>
<h1>${page.title}</h1>
<p>Host page text, styled by the theme.</p>
<div class="container">
<aict-session src="/feeds/forum-aict-2022.json" session-id="atelier-1" variant="full" lang="fr"><a href="/atelier-1">Atelier 1</a></aict-session>
</div>
</main>
</body>
</html>
`;
}
