// The page on a demo that requires the token, at phone width (390 px), driven by the keyboard where a user would:
// the token prompt appears, the token is typed and submitted with Enter, Tab from the top reaches Call, Enter starts
// the call (fake microphone tone, echoed back), Escape hangs up; then a stale token makes the call socket close
// with 1008 and the page shows the reason and asks again.
// Usage: node token.mjs <baseUrl> <token> <screenshot.png>. Prints one JSON line; BrowserExposedBindTests asserts on it.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, token, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'mediacore-chromium-'));
const stats = (page) => page.evaluate(() => ({ ...window.__mediacoreStats }));
const active = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset?.tenant || document.activeElement?.tagName);

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 390, height: 844 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
});
const result = {};
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleErrors = [];
  // The refused /api/tenants fetch is logged by Chromium as a failed resource: expected, not a page error.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('401')) consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(baseUrl);
  await page.locator('#token-section').waitFor({ state: 'visible', timeout: 10000 });
  result.prompt = {
    visible: await page.locator('#token-section').isVisible(),
    focused: await active(page),
    callButtons: await page.locator('.call-button').count(),
  };

  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.locator('button[data-tenant="himalayan-kitchen"]').waitFor({ timeout: 10000 });
  const tokenHidden = await page.locator('#token-section').isHidden();
  const stored = await page.evaluate(() => sessionStorage.getItem('mediacore.token'));
  await page.evaluate(() => document.activeElement?.blur());
  let tabs = 0;
  while (tabs++ < 15 && await page.evaluate(() => document.activeElement?.dataset?.tenant) !== 'himalayan-kitchen')
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__mediacoreStats.framesReceived >= 10, null, { timeout: 15000 });
  const during = await stats(page);
  const overflowPx = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__mediacoreStats.state === 'ended', null, { timeout: 10000 });
  result.call = { tokenHidden, stored, tabs, framesReceived: during.framesReceived, overflowPx, afterEscape: (await stats(page)).state };

  // A token that stopped working (rotated on the server): the socket is closed with 1008 and its reason.
  await page.evaluate(() => sessionStorage.setItem('mediacore.token', 'rotated-away'));
  await page.click('button[data-tenant="himalayan-kitchen"]');
  await page.waitForFunction(() => window.__mediacoreStats.closeCode !== null, null, { timeout: 10000 });
  const after = await stats(page);
  result.rejected = {
    closeCode: after.closeCode,
    state: after.state,
    reason: await page.locator('#call-reason').innerText(),
    promptVisible: await page.locator('#token-section').isVisible(),
    storedCleared: await page.evaluate(() => sessionStorage.getItem('mediacore.token') === null),
  };
  result.consoleErrors = consoleErrors;
  console.log(JSON.stringify(result));
} catch (e) {
  console.error('e2e step failed: ' + (e?.message ?? e));
  console.log(JSON.stringify({ ...result, failure: String(e?.message ?? e) }));
  process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
