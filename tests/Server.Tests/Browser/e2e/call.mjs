// Drives the MediaCore browser call page in headless Debian Chromium with a fake microphone playing caller.wav.
// Usage: node call.mjs <baseUrl> <caller.wav> <outDir>. Prints one JSON line (what the page showed and counted);
// BrowserPageE2eTests asserts on it. Exits non-zero with a message when a step times out.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, wav, outDir] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'mediacore-chromium-'));
const stats = (page) => page.evaluate(() => ({ ...window.__mediacoreStats }));
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

  // Call 1: echo + scripted events. Mouse click (a user gesture, so audio may start).
  await page.click('button[data-tenant="himalayan-kitchen"]');
  await page.waitForFunction(() => {
    const s = window.__mediacoreStats;
    return s.framesReceived >= 100 && s.framesPlayed >= 50
      && document.querySelector('#tenant-state .status')?.textContent === 'confirmed';
  }, null, { timeout: 20000 });
  result.call = {
    stats: await stats(page),
    state: await text(page, '#call-state'),
    transcript: await text(page, '#transcript'),
    language: await text(page, '#language'),
    tenantState: await text(page, '#tenant-state'),
    latencyRows: await page.locator('#latency tr').count(),
    latency: await text(page, '#latency'),
    transcriptRole: await page.getAttribute('#transcript', 'role'),
    transcriptLive: await page.getAttribute('#transcript', 'aria-live'),
    focused: await page.evaluate(() => document.activeElement?.id),
  };
  await page.screenshot({ path: join(outDir, 'browser-call.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(outDir, 'browser-call-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.keyboard.press('Enter'); // focus sits on Hang up during a call: the keyboard ends it
  // The "ended" state message arrives just before the close frame: wait for both.
  await page.waitForFunction(() => window.__mediacoreStats.state === 'ended' && window.__mediacoreStats.closeCode !== null, null, { timeout: 10000 });
  result.call.afterHangup = await stats(page);

  // Call 2: barge-in, started from the keyboard only (Tab to the button, Enter).
  let tabs = 0;
  while (tabs++ < 12 && await page.evaluate(() => document.activeElement?.dataset?.tenant) !== 'barge-in')
    await page.keyboard.press('Tab');
  result.bargeIn = { reachedByTab: tabs };
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__mediacoreStats.flushes >= 1, null, { timeout: 15000 });
  const atFlush = await stats(page);
  await page.waitForTimeout(600);
  result.bargeIn.atFlush = atFlush;
  result.bargeIn.after = await stats(page);
  result.bargeIn.transcript = await text(page, '#transcript');
  await page.click('#hangup');
  await page.waitForFunction(() => window.__mediacoreStats.state === 'ended', null, { timeout: 10000 });
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
