// The UI test: a person's view of the extension in the VS Code workbench (code-server in headless Chromium).
// Opens the seed, checks highlighting, the Outline view, the hover on PREL, the Problems panel, the status bar and
// the preview, and saves a screenshot of each to test-artifacts/e2e/.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, PROJECT, launchBrowser, log, workbenchUrl } from './host/codeServer.mjs';

const SEED = '000_ea1a4c7a725ed8c9.txt';

class Check {
  constructor() {
    this.failures = [];
  }
  ok(condition, message) {
    if (condition) log(`  ✓ ${message}`);
    else {
      log(`  ✗ ${message}`);
      this.failures.push(message);
    }
  }
}

async function command(page, text) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${text}`);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Runs the UI checks against a running code-server; resolves to true when all hold. */
export async function runUi(server, folder) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = (name) => path.join(ARTIFACTS, name);
  const check = new Check();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  try {
    await page.goto(workbenchUrl(server, folder, { extensionDevelopmentPath: PROJECT }), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
    log('workbench ready');

    // Open the seed through Quick Open.
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type(SEED);
    await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });

    // The .txt is detected as a cable; the status bar shows the language and the classification.
    await page.waitForFunction(() => /Cable/.test(document.querySelector('#status\\.editor\\.mode')?.textContent ?? ''), null, { timeout: 60_000 });
    check.ok(true, 'the seed (.txt) is detected as a cable: the status bar says "Cable"');
    const classification = page.locator('.statusbar-item', { hasText: /CONFIDENTIAL · 04ISTANBUL1019/ });
    await classification.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    check.ok((await classification.count()) > 0, 'the status bar shows "CONFIDENTIAL · 04ISTANBUL1019"');

    // TextMate colours: the banner and TAGS get token classes other than plain text (mtk1).
    await page
      .waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line span span')].some((e) => /^TAGS:?$/.test(e.textContent.trim()) && !/\bmtk1\b/.test(e.className)), null, { timeout: 30_000 })
      .catch(() => undefined);
    const coloured = await page.$$eval('.monaco-editor .view-line span span', (els) => els.filter((e) => !/\bmtk1\b/.test(e.className)).length);
    check.ok(coloured > 10, `the editor is highlighted (${coloured} coloured tokens)`);
    // Parentheses in cables are prose and markings, not code: no bracket-pair colours (a lone `)` would show red).
    const bracketed = await page.$$eval('.monaco-editor .view-line span span', (els) => els.filter((e) => /bracket-highlighting/.test(e.className)).length);
    check.ok(bracketed === 0, `no bracket-pair colours in cable text (${bracketed})`);
    await page.screenshot({ path: shot('ui-editor.png') });

    // The Outline view.
    await command(page, 'Explorer: Focus on Outline View');
    // Give the Outline the whole side bar: collapse the folder view above it.
    const folders = page.locator('.pane-header[aria-label^="Explorer Section"]').first();
    if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click().catch(() => undefined);
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].some((r) => /Important Beginning/.test(r.textContent ?? '')), null, { timeout: 30_000 }).catch(() => undefined);
    const rows = await page.$$eval('.monaco-list-row', (els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
    check.ok(rows.some((r) => r.includes('Header 04ISTANBUL1019')), 'the Outline lists the header "Header 04ISTANBUL1019"');
    check.ok(rows.some((r) => r.includes('Important Beginning')) && rows.some((r) => r.includes('To Rule is To Decide')), 'the Outline lists the section headings');
    check.ok(rows.some((r) => r.includes('1. (C) Summary. During the run-up')), 'the Outline lists paragraph 1 by number, marking and first words');
    check.ok(rows.some((r) => r.includes('2. (C) Prior to the informal Foreign')), 'the Outline lists paragraph 2 under its heading');
    await page.screenshot({ path: shot('ui-outline.png') });
    await page.screenshot({ path: shot('readme-editor-outline.png'), clip: { x: 0, y: 0, width: 1500, height: 760 } });

    // Hover on PREL.
    // The word itself, wherever the editor's spans cut the line (`[PREL](#)` may be one span or several).
    await page.locator('.monaco-editor .view-line span span', { hasText: /PREL/ }).first().waitFor({ timeout: 15_000 });
    const prel = await page.evaluate(() => {
      for (const span of document.querySelectorAll('.monaco-editor .view-line span span')) {
        const at = (span.textContent ?? '').indexOf('PREL');
        if (at < 0 || !span.firstChild) continue;
        const range = document.createRange();
        range.setStart(span.firstChild, at);
        range.setEnd(span.firstChild, at + 4);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    });
    if (prel) await page.mouse.move(prel.x, prel.y);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'External Political Relations' });
    await hover.first().waitFor({ state: 'visible', timeout: 20_000 }).catch(() => undefined);
    check.ok((await hover.count()) > 0, 'hovering PREL explains "External Political Relations"');
    // Wait for the hover's fade-in to finish before the picture.
    await page
      .waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => h.offsetParent && Number(getComputedStyle(h.closest('.monaco-resizable-hover') ?? h).opacity) === 1 && Number(getComputedStyle(h).opacity) === 1), null, { timeout: 5_000 })
      .catch(() => undefined);
    await page.screenshot({ path: shot('ui-hover.png') });
    await page.screenshot({ path: shot('readme-hover.png'), clip: { x: 380, y: 60, width: 1000, height: 330 } });
    await page.mouse.move(5, 5);

    // The Problems panel.
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Shift+M');
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 0, null, { timeout: 30_000 }).catch(() => undefined);
    const problems = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    const mangled = problems.filter((p) => /stands for ¶\d+\./.test(p));
    check.ok(mangled.length === 6, `the Problems panel shows the six mangled-number warnings (${mangled.length})`);
    await page.screenshot({ path: shot('ui-problems.png') });
    await page.screenshot({ path: shot('readme-problems.png'), clip: { x: 340, y: 600, width: 1160, height: 330 } });

    // The preview, to the side.
    await page.click('.monaco-editor .view-lines');
    await command(page, 'Cable: Open Preview to the Side');
    let banner = '';
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !banner) {
      for (const frame of page.frames()) {
        const t = await frame.locator('.banner.top').first().textContent({ timeout: 200 }).catch(() => '');
        if (t) banner = t;
      }
      if (!banner) await page.waitForTimeout(250);
    }
    check.ok(/CONFIDENTIAL/.test(banner), `the preview shows the CONFIDENTIAL banner ("${banner.trim()}")`);
    await page.screenshot({ path: shot('ui-preview.png') });
    await page.screenshot({ path: shot('readme-preview.png'), clip: { x: 340, y: 30, width: 1160, height: 600 } });
  } catch (error) {
    check.ok(false, `UI test error: ${error.message}`);
    await page.screenshot({ path: shot('ui-error.png') }).catch(() => undefined);
  } finally {
    await browser.close();
  }
  return check.failures.length === 0;
}
