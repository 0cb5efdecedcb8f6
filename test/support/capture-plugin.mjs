// A test-runner command that photographs part of the page the way a full-page capture does
// (Chromium's `captureBeyondViewport`: what lies below the window is drawn too), and answers
// the PNG in base64. Chromium only: Firefox's driver (WebDriver BiDi) answers false and the
// test skips.
export function capturePlugin() {
  return {
    name: 'aict-capture',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aict-capture') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (!(await page.browser().version()).toLowerCase().includes('chrom')) return false;
      const client = await page.createCDPSession();
      try {
        const { data } = await client.send('Page.captureScreenshot', { format: 'png', clip: { ...payload.clip, scale: 1 }, captureBeyondViewport: true });
        return data;
      } finally {
        await client.detach();
      }
    },
  };
}
