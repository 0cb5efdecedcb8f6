// A test-runner command that emulates `forced-colors: active` (Windows high contrast) through
// the DevTools protocol: @web/test-runner-commands' emulateMedia covers it for Playwright only.
// Firefox's driver (WebDriver BiDi) cannot: the command answers false and the test skips.
export function forcedColorsPlugin() {
  // Emulation lasts as long as its protocol session: one kept per page.
  const clients = new WeakMap();
  return {
    name: 'aict-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aict-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        // Puppeteer's emulateMediaFeatures accepts only a few feature names: the protocol itself.
        let client = clients.get(page);
        if (!client) clients.set(page, (client = await page.createCDPSession()));
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}
