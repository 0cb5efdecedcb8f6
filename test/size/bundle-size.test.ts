import { expect } from '@open-wc/testing';

/**
 * The size budget of the file partners load (`dist/aict-widgets.js`, built by `npm test`
 * before the browsers start). Checked here, in the browser run, so that `npm test` keeps its
 * single closing line. The budget lives in `bench/budgets.json`, shared with `npm run bench`
 * (which also shows where the bytes go). Browsers gzip at their default level, a few hundred
 * bytes more than `gzip -9`: the check errs on the strict side.
 */
async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('bundle size', () => {
  it('dist/aict-widgets.js stays within its gzip budget', async () => {
    const budgets = (await (await fetch('/bench/budgets.json')).json()) as { bundleGzipBytes: number };
    const response = await fetch('/raw/dist/aict-widgets.js', { cache: 'no-store' });
    expect(response.ok, 'dist/aict-widgets.js is missing: run `npm run build` (npm test does)').to.equal(true);
    const bytes = await response.arrayBuffer();
    const gzip = await gzipSize(bytes);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    expect(gzip, `${kb(gzip)} gzip (${kb(bytes.byteLength)} minified) for a budget of ${kb(budgets.bundleGzipBytes)}`).to.be.at.most(
      budgets.bundleGzipBytes,
    );
  });

  it('is accessible (no DOM involved)', async () => {
    const el = document.createElement('p');
    el.textContent = 'bundle size';
    document.body.append(el);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
