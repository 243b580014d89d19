// Drives the browser call page against the REAL voice agent (pipeline + Himalayan Kitchen dialog) in headless Debian
// Chromium, the fake microphone playing caller.wav (silence through the greeting, then a booking line).
// Usage: node agent-call.mjs <baseUrl> <caller.wav> <screenshot.png>. Prints one JSON line; BrowserPageAgentE2eTests asserts on it.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, wav, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'mediacore-chromium-'));
const text = (page, selector) => page.locator(selector).innerText();

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
});
const result = {};
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(baseUrl);
  await page.locator('button[data-tenant="himalayan-kitchen"]').waitFor({ timeout: 10000 });
  await page.click('button[data-tenant="himalayan-kitchen"]');
  // The greeting, then the caller's final transcript, then the bot's answer to it (a second bot line).
  await page.waitForFunction(() =>
    document.querySelectorAll('#transcript li.caller').length >= 1
      && document.querySelectorAll('#transcript li.bot').length >= 2
      && document.querySelector('#tenant-state .status') !== null
      && window.__mediacoreStats.framesPlayed >= 100,
  null, { timeout: 45000 });
  await page.waitForTimeout(400); // let the latency row and state render settle for the screenshot
  result.caller = await page.locator('#transcript li.caller').allInnerTexts();
  result.bot = await page.locator('#transcript li.bot').allInnerTexts();
  result.language = await text(page, '#language');
  result.tenantState = await text(page, '#tenant-state');
  result.latencyRows = await page.locator('#latency tr').count();
  result.stats = await page.evaluate(() => ({ ...window.__mediacoreStats }));
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.click('#hangup');
  await page.waitForFunction(() => window.__mediacoreStats.state === 'ended', null, { timeout: 10000 });
  result.consoleErrors = consoleErrors;
  console.log(JSON.stringify(result));
} catch (e) {
  console.error('e2e step failed: ' + (e?.message ?? e));
  try { result.transcript = await browser.pages()[0]?.locator('#transcript').innerText(); } catch { }
  console.log(JSON.stringify({ ...result, failure: String(e?.message ?? e) }));
  process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
