// Drives the browser call page against the REAL voice agent (pipeline + Himalayan Kitchen dialog) in headless Debian
// Chromium, the fake microphone playing caller.wav: a whole booking conversation that talks over the menu reply.
// Usage: node agent-call.mjs <baseUrl> <caller.wav> <screenshot.png>. Prints one JSON line; BrowserPageAgentE2eTests asserts on it.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, wav, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'mediacore-chromium-'));
const text = (page, selector) => page.locator(selector).innerText();
const lines = async (page, selector) => (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/^(Bot|You):\s*/, ''));

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
});
const result = {};
const snapshot = async (page) => {
  result.caller = await lines(page, '#transcript li.caller');
  result.bot = await lines(page, '#transcript li.bot');
  result.transcript = await text(page, '#transcript');
  result.language = await text(page, '#language');
  result.tenantState = await text(page, '#tenant-state');
  result.status = await page.locator('#tenant-state .status').getAttribute('data-status').catch(() => null);
  result.latencyRows = await page.locator('#latency tr').count();
  result.stats = await page.evaluate(() => JSON.parse(JSON.stringify(window.__mediacoreStats)));
};
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(baseUrl);
  await page.locator('button[data-tenant="himalayan-kitchen"]').waitFor({ timeout: 10000 });
  await page.click('button[data-tenant="himalayan-kitchen"]');
  // The whole conversation: a flush (the menu reply cut) and the reservation confirmed with the bot saying so.
  await page.waitForFunction(() =>
    window.__mediacoreStats.flushes >= 1
      && document.querySelector('#tenant-state .status')?.dataset.status === 'confirmed'
      && [...document.querySelectorAll('#transcript li.bot')].some((li) => li.textContent.includes('Done!')),
  null, { timeout: 90000 });
  await page.waitForTimeout(600); // let the latency row render settle for the screenshot
  await snapshot(page);
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.click('#hangup');
  await page.waitForFunction(() => window.__mediacoreStats.state === 'ended', null, { timeout: 10000 });
  result.consoleErrors = consoleErrors;
  console.log(JSON.stringify(result));
} catch (e) {
  console.error('e2e step failed: ' + (e?.message ?? e));
  try { await snapshot(browser.pages()[0]); } catch { }
  console.log(JSON.stringify({ ...result, failure: String(e?.message ?? e) }));
  process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
