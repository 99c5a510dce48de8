import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { previewHtml } from '../../client/src/preview/html';
import { createCableLanguageService } from '../../server/src/languageService';
import type { CableModelResult } from '../../server/src/protocol';
import { artifactPath, launchChromium, serve } from '../helpers/browser';
import { ROOT, readSeed, seedText } from '../helpers/text';
import { memoryIndex, indexed } from '../helpers/service';
import { makeCable } from '../helpers/cables';

const NONCE = 'testnonce0123456789abcdefABCDEF';

function model(text: string, uri = 'file:///ws/cable.txt'): CableModelResult {
  const service = createCableLanguageService({ index: memoryIndex([indexed('08PARIS1501', 'FRENCH VIEWS')]) });
  return service.getPreviewModel(TextDocument.create(uri, 'cable', 1, text), {});
}

describe('the preview webview in headless Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve(path.join(ROOT, 'media'), {});
    const html = previewHtml({ cspSource: site.origin, nonce: NONCE, scriptUri: `${site.origin}/preview.js`, styleUri: `${site.origin}/preview.css`, title: 'Preview' });
    site.setRoute('/index.html', 'text/html', html);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });

  /** A page with the preview loaded, a stub of acquireVsCodeApi, and the messages it posts. */
  async function open(bodyClass = 'vscode-light'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.addInitScript((cls) => {
      const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
      w.__posted = [];
      w.__state = undefined;
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => w.__posted.push(m),
        getState: () => w.__state,
        setState: (s: unknown) => {
          w.__state = s;
        },
      });
      document.addEventListener('DOMContentLoaded', () => document.body.classList.add(cls));
    }, bodyClass);
    await page.goto(`${site.origin}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'), null, { timeout: 10_000 });
    return page;
  }

  async function render(page: Page, m: CableModelResult): Promise<void> {
    await page.evaluate((message) => window.postMessage(message, '*'), { type: 'render', model: m });
    await page.waitForSelector('.banner.top', { timeout: 10_000 });
  }

  it('renders the seed: banner text and colour, 12 paragraph badges, tag chips, subject', async () => {
    const page = await open();
    await render(page, model(seedText(), 'file:///ws/000_ea1a4c7a725ed8c9.txt'));
    const banner = page.locator('.banner.top');
    expect(await banner.textContent()).toContain('CONFIDENTIAL');
    expect(await banner.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(11, 92, 191)');
    expect(await page.locator('.banner.bottom').textContent()).toContain('CONFIDENTIAL');
    const badges = page.locator('.paragraph .badge');
    expect(await badges.count()).toBe(12);
    expect(await badges.allTextContents()).toEqual([...Array(11).fill('(C)'), '(U)']);
    expect(await page.locator('.paragraph .badge.level-unclassified').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(30, 123, 52)');
    expect(await page.locator('.paragraph .para-number').allTextContents()).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    const chips = page.locator('.tags .chip');
    expect(await chips.allTextContents()).toEqual(['PREL', 'IZ', 'TU', 'NATO']);
    expect(await chips.first().getAttribute('title')).toBe('subject tag: External Political Relations');
    expect(await page.locator('h1.subject').textContent()).toBe("A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI MOD SHA'ALAN");
    expect(await page.locator('.meta dl').textContent()).toMatch(/Classified byA\/S Elizabeth Jones — section 1\.5: \(b\) foreign government information; \(d\) foreign relations/);
    expect(await page.locator('.meta dl').textContent()).toMatch(/E\.O\.E\.O\. 12958, Classified National Security Information \(Clinton\) — declassify on 30 Jun 2014/);
    expect(await page.locator('h2.heading').allTextContents()).toContain('Water Under the Bridge');
    expect(await page.locator('.paragraph.summary').count()).toBe(1);
    expect(await page.locator('.paragraph .mark.severity-warning').count()).toBe(6);
    expect(await page.locator('[data-line]').first().getAttribute('data-line')).toBe('4');
    await page.screenshot({ path: artifactPath('preview-seed.png'), fullPage: false });
    await page.close();
  });

  it('wraps rather than cuts off text in a narrow panel (UNCLASSIFIED//SBU, a long reference id)', async () => {
    const page = await open();
    await page.setViewportSize({ width: 220, height: 900 });
    await render(page, model(readSeed('05RIODEJANEIRO1242.txt'), 'file:///ws/05RIODEJANEIRO1242.txt'));
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.banner, .banner > *, .meta dd')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().left < -1)
        .map((e) => e.textContent),
    );
    expect(clipped).toEqual([]);
    await page.screenshot({ path: artifactPath('preview-narrow.png'), fullPage: false });
    // A long address in the text (07PARIS170 ¶8: HTTP://WWW.STATE.SGOV.GOV/P/EUR/PARIS/…) breaks too.
    await render(page, model(readSeed('07PARIS170.txt'), 'file:///ws/07PARIS170.txt'));
    await page.waitForFunction(() => document.querySelector('h1.subject')?.textContent?.startsWith("CHIRAC'S ENVOY"));
    const wide = await page.evaluate(() => [...document.querySelectorAll('.para-text')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.textContent?.slice(0, 40)));
    expect(wide).toEqual([]);
    await page.close();
  });

  it("shows the subject line's marking as a badge before the title (09YEREVAN20)", async () => {
    const page = await open();
    await render(page, model(makeCable({ subject: 'SUBJECT: (S/NF) CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE' })));
    expect(await page.locator('h1.subject .badge').textContent()).toBe('(S/NF)');
    expect(await page.locator('h1.subject .badge').getAttribute('class')).toContain('level-secret');
    expect(await page.locator('h1.subject').textContent()).toBe('(S/NF) CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE');
    await page.close();
  });

  it('reports a click on a paragraph with its line, and a REF link with its cable', async () => {
    const page = await open();
    await render(page, model(makeCable({ ref: 'REF: A. 08 PARIS 1501' })));
    await page.locator('.paragraph').nth(1).click();
    await page.locator('a.ref-link').click();
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type !== 'ready' && m.type !== 'scrolled'));
    expect(posted).toEqual([
      { type: 'revealLine', line: 17 },
      { type: 'openCable', uri: 'file:///ws/08PARIS1501.txt' },
    ]);
    await page.close();
  });

  it('shows the unnumbered summary before paragraph 1 of a 1972 cable, set apart (72TEHRAN4789)', async () => {
    const page = await open();
    await render(page, model(readSeed('72TEHRAN4789.txt'), 'file:///ws/72TEHRAN4789.txt'));
    const loose = page.locator('.body > p.loose');
    expect(await loose.count()).toBe(1);
    expect(await loose.first().textContent()).toMatch(/^SUMMARY: TERRORIST ACTIVITIES IN IRAN SEEM TO BE INCREASING .* REFORMS\. END SUMMARY$/);
    expect(await loose.first().getAttribute('class')).toContain('summary');
    // It stands before paragraph 1.
    const order = await page.locator('.body > *').evaluateAll((nodes) => nodes.map((n) => n.className.split(' ')[0]));
    expect(order.slice(0, 2)).toEqual(['loose', 'paragraph']);
    // The E.O. line of this 1972 cable is the stamp of a 2006 review.
    expect(await page.locator('.meta dl').textContent()).toMatch(/— declassified on 21 Jun 2006 by a later review \(DECLASSIFIED JUNE 21, 2006\)/);
    await page.screenshot({ path: artifactPath('preview-loose-summary.png') });
    await page.close();
  });

  it('keeps a list of participants a name a line, the sides set apart (05BOGOTA7402)', async () => {
    const page = await open();
    await render(page, model(readSeed('05BOGOTA7402.txt'), 'file:///ws/05BOGOTA7402.txt'));
    const two = page.locator('.paragraph').filter({ hasText: 'Participants:' });
    const lines = await two.locator('.para-text p').allTextContents();
    expect(lines.slice(0, 4)).toEqual(['Participants:', 'U.S.', 'R. Nicholas Burns, U/S for Political Affairs', 'Ambassador William B. Wood']);
    expect(lines).toContain('Colombia');
    expect(await two.locator('.para-text p', { hasText: /^Colombia$/ }).getAttribute('class')).toBe('gap');
    expect(await page.locator('.body > h2').allTextContents()).not.toContain('Colombia');
    await two.screenshot({ path: artifactPath('preview-participants.png') });
    await page.close();
  });

  it('cuts a page line run into a line of text out of the sentence, and keeps the rest of the line (08BRASILIA43)', async () => {
    const page = await open();
    await render(page, model(readSeed('08BRASILIA43.txt'), 'file:///ws/08BRASILIA43.txt'));
    const nine = (await page.locator('.paragraph').filter({ hasText: 'Operational elements of the various' }).locator('.para-text').textContent()) ?? '';
    expect(nine).toContain('understand that the full scope');
    expect(await page.locator('.body').textContent()).not.toMatch(/BRASILIA 00000043/);
    await page.close();
  });

  it('shows the marking of a lettered sub-paragraph as a badge in the text (09STATE80163)', async () => {
    const page = await open();
    await render(page, model(readSeed('09STATE80163.txt'), 'file:///ws/09STATE80163.txt'));
    const one = page.locator('.paragraph').first();
    const inline = one.locator('.para-text .badge.inline');
    expect(await inline.allTextContents()).toEqual(['(S/NF)', '(S/NF)', '(S/NF)']);
    expect(await inline.first().getAttribute('class')).toContain('level-secret');
    expect(await one.locator('.para-text').textContent()).toMatch(/A\. \(S\/NF\) The NHCD below supercedes the 2004 NHCD/);
    await one.screenshot({ path: artifactPath('preview-sub-markings.png') });
    await page.close();
  });

  it('leaves out a rule run on to the end of a line of text (END NOTE. ----- -, 08BRASILIA1396)', async () => {
    const page = await open();
    const body = ['¶4. The threat of fires is high (Note: the season starts in May.', '', 'END NOTE. --------------------------------------------- -', 'The plan goes on.', '', '¶5. Five.'];
    await render(page, model(makeCable({ banner: 'UNCLAS BRASILIA 001396', captions: ['SIPDIS'], eo: 'E.O. 12958: N/A', classifiedBy: null, body }), 'file:///ws/08BRASILIA1396.txt'));
    const four = page.locator('.paragraph').first();
    expect(await four.locator('.para-text p').allTextContents()).toEqual(['The threat of fires is high (Note: the season starts in May.', 'END NOTE.', 'The plan goes on.']);
    expect(await four.locator('.para-text p.inner-title').count()).toBe(0);
    await page.close();
  });

  it('shows the distribution printout of a received copy apart from the notes (10SANAA4)', async () => {
    const page = await open();
    await render(page, model(readSeed('10SANAA4.txt'), 'file:///ws/10SANAA4.txt'));
    const meta = await page.locator('.meta dl').evaluate((dl) => [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
    const row = (label: string) => meta.find(([dt]) => dt === label)?.[1] ?? '';
    expect(row('Distribution')).toMatch(/^INFO LOG-00 EEB-00 AF-00 .* SANA-00 \/001W$/);
    expect(row('Notes')).not.toContain('LOG-00');
    expect(row('Notes')).toContain('DEPT FOR NEA/FO AND NEA/ARP');
    await page.close();
  });

  it('breaks a block after a long line that ends a sentence, in a text whose lines are whole paragraphs (09HARARE1004)', async () => {
    const page = await open();
    const list = '- Get the reforms moving on the constitutional process. - Open media space, and let the papers print. - Deal with human rights violations.';
    const body = [`¶3. (C) Tsvangirai listed what the partners must do in the coming months, as the party sees it: `, list, 'He said the coalition government must expedite action in all these areas.', '', '¶4. (C) Four.'];
    await render(page, model(makeCable({ body }), 'file:///ws/09HARARE1004.txt'));
    const texts = await page.locator('.paragraph').first().locator('.para-text p').allTextContents();
    expect(texts.slice(-2)).toEqual([list, 'He said the coalition government must expedite action in all these areas.']);
    // Lines of a cable as sent, under 70 characters, read on.
    await render(page, model(makeCable({ body: ['¶3. (C) The minister said the talks went well.', 'He said the coalition must act.'] }), 'file:///ws/short.txt'));
    expect(await page.locator('.paragraph').first().locator('.para-text p').allTextContents()).toEqual(['The minister said the talks went well. He said the coalition must act.']);
    await page.close();
  });

  it('keeps the names under a Participants heading a name a line (09BEIJING1634)', async () => {
    const page = await open();
    const body = ['¶7. (C) Seven.', '', 'Participants', '-------------', '', 'Charge Dan Piccuta', 'Joe Donovan, U.S. Consul General Hong Kong', 'Jim Brown, interpreter'];
    await render(page, model(makeCable({ body }), 'file:///ws/09BEIJING1634.txt'));
    expect(await page.locator('p.loose.name').allTextContents()).toEqual(['Charge Dan Piccuta', 'Joe Donovan, U.S. Consul General Hong Kong', 'Jim Brown, interpreter']);
    await page.close();
  });

  it('sets the titles under a boxed title one level down (89PANAMA8545)', async () => {
    const page = await open();
    const rule = '------------------------------------------';
    const body = ['¶13. (S) Thirteen.', '', rule, 'THE STATUS OF UNRELENTING PRESSURES', rule, '', 'INTERNATIONAL', '-------------', '¶14. (S) Fourteen.', '', 'ECONOMIC', '--------', '¶15. (S) Fifteen.'];
    await render(page, model(makeCable({ banner: 'S E C R E T PANAMA 008545', body }), 'file:///ws/89PANAMA8545.txt'));
    expect(await page.locator('h2.heading').allTextContents()).toEqual(['THE STATUS OF UNRELENTING PRESSURES']);
    expect(await page.locator('h3.heading').allTextContents()).toEqual(['INTERNATIONAL', 'ECONOMIC']);
    await page.close();
  });

  it('starts a lettered sub-paragraph on a block of its own with no blank line above it (06VIENNA515 ¶C.)', async () => {
    const page = await open();
    await render(page, model(readSeed('06VIENNA515.txt'), 'file:///ws/06VIENNA515.txt'));
    const blocks = await page.locator('.body p').allTextContents();
    const c = blocks.find((b) => b.includes('Syria was preparing to purchase'))!;
    expect(c).toMatch(/^C\. \(S\/NF\) USG Concern: Syria/);
    expect(blocks.find((b) => b.includes('xxxxx stated.'))).toMatch(/xxxxx stated\.$/);
    // The numbered titles over rules are headings.
    expect(await page.locator('h2.heading').allTextContents()).toContain('5. WMD Proliferation Financing Issues');
    // So inside a numbered paragraph: the same text with its numbered titles not underlined, so paragraphs.
    const untitled = readSeed('06VIENNA515.txt').replace(/(¶[5-8]\. [^\n]*?) *\n(-+ *\n)/g, '$1.\n$2');
    await render(page, model(untitled, 'file:///ws/06VIENNA515-untitled.txt'));
    await page.locator('.paragraph .para-text p', { hasText: 'Syria was preparing to purchase' }).waitFor({ timeout: 10_000 });
    const texts = await page.locator('.paragraph .para-text p').allTextContents();
    expect(texts.find((b) => b.includes('Syria was preparing to purchase'))).toMatch(/^C\. \(S\/NF\) USG Concern: Syria/);
    await page.close();
  });

  it('shows the marking that opens a heading as a badge, and a repeated cable\'s UNQUOTE line as no text (09STATE127892)', async () => {
    const page = await open();
    const body = ['1. (S) Talking points follow.', '', '(S/REL NATO) FOR WARSAW', '', '-- We are committed.'];
    await render(page, model(makeCable({ banner: 'S E C R E T STATE 127892', body, signature: 'CLINTON UNQUOTE CLINTON' })));
    const heading = page.locator('.body > h2').filter({ hasText: 'FOR WARSAW' });
    expect(await heading.locator('.badge').textContent()).toBe('(S/REL NATO)');
    expect((await heading.textContent())?.replace('(S/REL NATO)', '').trim()).toBe('FOR WARSAW');
    expect(await page.locator('.body').textContent()).not.toContain('UNQUOTE');
    expect(await page.locator('.signature').textContent()).toBe('CLINTON');
    await page.close();
  });

  it("leaves out a post's footer before the signature (07KUWAIT808)", async () => {
    const page = await open();
    await render(page, model(readSeed('07KUWAIT808.txt'), 'file:///ws/07KUWAIT808.txt'));
    const body = (await page.locator('.body').textContent()) ?? '';
    expect(body).not.toMatch(/more reporting|Classified Website|\*{5}/);
    expect(await page.locator('.paragraph').last().locator('.para-text').textContent()).toBe("A/S O'Brien cleared this cable.");
    expect(await page.locator('.signature').textContent()).toBe('LeBaron');
    await page.close();
  });

  it("leaves out a later section's repeated routing and header lines (90CAPETOWN97)", async () => {
    const page = await open();
    await render(page, model(readSeed('90CAPETOWN97.txt'), 'file:///ws/90CAPETOWN97.txt'));
    const body = (await page.locator('.body').textContent()) ?? '';
    expect(body).toContain('SUITABLE VENUE. END COMMENT.)');
    for (const repeated of ['171512Z', 'FM AMCONSUL', 'AMEMBASSY PARIS', 'LONDON FOR KOLKER', 'ESSA MOOSA TALKS']) expect(body).not.toContain(repeated);
    const nine = (await page.locator('.paragraph').filter({ hasText: 'MOOSA SIDESTEPPED' }).textContent()) ?? '';
    expect(nine).toMatch(/END COMMENT\.\)$/);
    // A word broken at a hyphen at the end of a line goes on with no space.
    expect(await page.locator('.body').textContent()).toContain('F0LLOW-ING');
    // The dash that old printouts put before a line going on with an item is no text.
    expect(await page.locator('.body').textContent()).toContain('-- THE UNBANNING OF THE ANC, PAC AND OTHER POLITICAL ORGANIZATIONS;');
    // The banners repeated at the page breaks are no words of the paragraph they cut.
    const two = (await page.locator('.paragraph').filter({ hasText: 'ATTORNEY ESSA MOOSA' }).locator('.para-text').textContent()) ?? '';
    expect(two).not.toContain('CONFIDENTIAL');
    expect(two).toMatch(/AND THE RELEASE OF SEVERAL/);
    expect(await page.locator('.body > h2').allTextContents()).toContain('DE KLERK-ANC COMMUNICATION THROUGH MANDELA');
    await page.close();
  });

  it('says where the text stops before a record of another cable run on after it, instead of leaving it out unsaid (73TEHRAN2077)', async () => {
    const page = await open();
    await render(page, model(readSeed('73TEHRAN2077.txt'), 'file:///ws/73TEHRAN2077.txt'));
    const note = page.locator('.appended-note');
    expect(await note.textContent()).toMatch(/^From here on the text is another record of the published export \(06THEHAGUE131\), not part of this cable\. It is not shown here\./);
    expect(await note.getAttribute('data-line')).toBe('17');
    // Its finding is marked there, not again among the other findings.
    expect(await note.locator('.margin .mark.severity-warning').count()).toBe(1);
    expect(await page.locator('.other-findings').count()).toBe(0);
    expect(await page.locator('.body').textContent()).not.toContain('Embassy The Hague');
    await note.screenshot({ path: artifactPath('preview-appended-note.png') });
    await page.close();
  });

  it('puts the text of a cable without numbered paragraphs under its headings, and the signature once (09ANKARA1594)', async () => {
    const page = await open();
    await render(page, model(readSeed('09ANKARA1594.txt'), 'file:///ws/09ANKARA1594.txt'));
    const nodes = await page.locator('.body > *').evaluateAll((list) => list.map((n) => [n.tagName, (n.textContent ?? '').slice(0, 40)]));
    const headingAt = (t: string) => nodes.findIndex(([tag, text]) => tag === 'H2' && text.startsWith(t));
    const sabah = headingAt('Sabah Multipart Series on Afghanistan');
    expect(sabah).toBeGreaterThan(0);
    // Each heading is followed by its own text, and the text before it comes before it.
    expect(nodes[sabah + 1][0]).toBe('P');
    expect(nodes[sabah - 1][0]).toBe('P');
    expect(nodes.filter(([, text]) => text.startsWith('Sabah Multipart Series'))).toHaveLength(1);
    expect(await page.locator('.body').textContent()).not.toMatch(/JEFFREY[\s\S]*JEFFREY/);
    expect(await page.locator('.signature').textContent()).toBe('JEFFREY');
    expect(await page.locator('.body').textContent()).not.toContain('ANKARA 00001594');
    await page.screenshot({ path: artifactPath('preview-no-paragraphs.png') });
    await page.close();
  });

  it('shows the headings set between rules of dashes as headings, not as text run into a paragraph (09BRASILIA177)', async () => {
    const page = await open();
    await render(page, model(readSeed('09BRASILIA177.txt'), 'file:///ws/09BRASILIA177.txt'));
    expect(await page.locator('h2.heading').allTextContents()).toEqual([
      'President Lula: The Pragmatic Leftist',
      "'Three Foreign Ministers' Make for Unhappy Diplomats",
      'FM Amorim: the Nationalist Leftist',
      'Secretary General Guimaraes: the Anti-American Leftist',
      'Advisor Garcia: the Academic Leftist',
      'Comment: Prepare for the Challenge...and the Change',
    ]);
    expect(await page.locator('.body').textContent()).not.toContain('- - -');
    await page.locator('h2.heading').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('preview-rules.png') });
    await page.close();
  });

  it('reads a sentence on over the blank lines and page break of an older printout (07PARIS170 ¶7)', async () => {
    const page = await open();
    await render(page, model(readSeed('07PARIS170.txt'), 'file:///ws/07PARIS170.txt'));
    const seven = page.locator('.paragraph', { has: page.locator('.para-number', { hasText: /^7\.$/ }) });
    const blocks = await seven.locator('.para-text p').allTextContents();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/COULD BECOME A VIABLE CANDIDATE TO SUCCEED WOULD BE IN THE CONTEXT OF AN INTERNATIONAL CRISIS\./);
    expect(await page.locator('.cable').textContent()).not.toMatch(/PAGE 0\d RUEHFRA/);
    await page.close();
  });

  it('keeps items numbered 1) 2) and labelled lines on lines of their own (09STATE80163)', async () => {
    const page = await open();
    await render(page, model(readSeed('09STATE80163.txt'), 'file:///ws/09STATE80163.txt'));
    const texts = await page.locator('.paragraph .para-text p').allTextContents();
    expect(texts).toContain('B. Key Continuing Issues');
    expect(texts).toContain('1) UN Security Council Reform (FPOL-1)');
    expect(texts).toContain('5) UN Humanitarian and Complex Emergency Response (HREL-3)');
    expect(texts).toContain('Terrorist Groups: Taliban');
    expect(texts).toContain('Countries: Afghanistan, Austria, Burkina Faso, China, Costa Rica, Croatia, France, Iran, Japan, Libya, Mexico, Pakistan, Russia, Turkey, Uganda, Vietnam');
    await page.locator('.para-text p', { hasText: 'Key Continuing Issues' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('preview-items.png') });
    await page.close();
  });

  it('sets the numbered list quoted in paragraph 2 of 07MADRID1952 in under it', async () => {
    const page = await open();
    await render(page, model(readSeed('07MADRID1952.txt'), 'file:///ws/07MADRID1952.txt'));
    expect(await page.locator('.paragraph .para-number').allTextContents()).toEqual(['1.', '2.', '1.', '2.', '3.', '1.', '2.', '3.']);
    const items = page.locator('.paragraph.list-item');
    expect(await items.count()).toBe(6);
    expect(await items.first().getAttribute('title')).toBe('item 1 of a list in paragraph 2');
    // The SIPDIS repeated mid-sentence and the page line between pages are left out, and the sentences they cut go on.
    const texts = await page.locator('.paragraph .para-text').allTextContents();
    expect(texts.join(' ')).not.toContain('SIPDIS');
    expect(texts.join(' ')).not.toContain('MADRID 00001952');
    expect(texts[2]).toMatch(/investigation of potential violations of application U\.S\. Customs and Spanish laws/);
    expect(texts[7]).toMatch(/it would be provided on request on a confidential basis\. An investigative dossier is currently being assembled/);
    const left = async (nth: number) => (await page.locator('.paragraph').nth(nth).boundingBox())!.x;
    expect(await left(2)).toBeGreaterThan((await left(1)) + 40);
    await items.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('preview-list.png') });
    await page.close();
  });

  it('links the mentions in the text (ref A, para 1) to their REF entry and paragraph, within the preview', async () => {
    const page = await open();
    const text = makeCable({
      ref: 'REF: A. 08 PARIS 1501 B. EMAIL OF 3 MAY',
      body: ['1. (C) Summary: The minister agreed (ref A). End Summary.', '', '2. (C) As para 1 says, and as refs', 'A and B confirm, the vote failed.'],
    });
    await render(page, model(text));
    const mentions = page.locator('a.mention');
    expect(await mentions.allTextContents()).toEqual(['A', '1', 'A', 'B']);
    expect(await page.locator('.paragraph').nth(1).locator('.para-text').textContent()).toBe('As para 1 says, and as refs A and B confirm, the vote failed.');
    expect(await mentions.nth(0).getAttribute('title')).toBe('REF A. 08 PARIS 1501');
    expect(await mentions.nth(1).getAttribute('title')).toBe('Paragraph 1 (C): Summary: The minister agreed (ref A). End Summary.');
    await mentions.nth(3).click();
    expect(await page.locator('.refs li.flash').allTextContents()).toEqual(['B. EMAIL OF 3 MAY']);
    await page.screenshot({ path: artifactPath('preview-mentions.png') });
    await mentions.nth(1).click();
    expect(await page.locator('.paragraph.flash .para-number').allTextContents()).toEqual(['1.']);
    // A mention leads within the preview: the editor is not asked to move.
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'revealLine'));
    expect(posted).toEqual([]);
    await page.close();
  });

  it('brings a paragraph far below into view when its mention is clicked', async () => {
    const page = await open();
    const long = Array.from({ length: 40 }, (_, i) => [`${i + 2}. (C) ${'The minister said many things at length. '.repeat(8)}`, '']).flat();
    await render(page, model(makeCable({ body: ['1. (C) Summary: see para 30 below. End Summary.', '', ...long] })));
    await page.locator('a.mention').first().click();
    await page.waitForFunction(() => {
      const box = document.querySelector('.paragraph.flash')?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
    }, null, { timeout: 5000 });
    expect(await page.locator('.paragraph.flash .para-number').allTextContents()).toEqual(['30.']);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  it('reports the line of the first paragraph below the sticky banner when the preview scrolls', async () => {
    const page = await open();
    const long = Array.from({ length: 40 }, (_, i) => [`${i + 2}. (C) ${'The minister said many things at length. '.repeat(8)}`, '']).flat();
    const text = makeCable({ body: ['1. (C) Summary: one. End Summary.', '', ...long] });
    await render(page, model(text));
    await page.evaluate(() => {
      const box = document.querySelectorAll('.paragraph')[19].getBoundingClientRect();
      window.scrollTo(0, window.scrollY + box.top - (document.querySelector('.banner.top')?.getBoundingClientRect().bottom ?? 0));
    });
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'scrolled'), null, { timeout: 5000 });
    const scrolled = await page.evaluate(() => (window as unknown as { __posted: { type: string; line: number }[] }).__posted.filter((m) => m.type === 'scrolled').pop()!.line);
    expect(text.split('\n')[scrolled]).toMatch(/^20\. \(C\)/);
    // Back at the top: the top of the cable, not the subject below the banner.
    await page.evaluate(() => {
      (window as unknown as { __posted: unknown[] }).__posted.length = 0;
      window.scrollTo(0, 0);
    });
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'scrolled'), null, { timeout: 5000 });
    expect(await page.evaluate(() => (window as unknown as { __posted: { type: string; line: number }[] }).__posted.filter((m) => m.type === 'scrolled').pop()!.line)).toBe(0);
    await page.close();
  });

  it('opens the findings of a paragraph on its mark, inside a narrow view, and not over the text being read', async () => {
    const page = await open();
    await page.setViewportSize({ width: 600, height: 900 });
    await render(page, model(seedText(), 'file:///ws/000_ea1a4c7a725ed8c9.txt'));
    const para = page.locator('.paragraph', { has: page.locator('.mark') }).first();
    await para.locator('.para-text').hover();
    expect(await para.locator('.findings').isVisible()).toBe(false);
    const mark = para.locator('.mark');
    await mark.hover();
    const list = para.locator('.findings');
    expect(await list.isVisible()).toBe(true);
    expect(await list.textContent()).toContain('paragraph-number-mangled');
    for (const box of [await mark.boundingBox(), await list.boundingBox()]) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(600);
    }
    await page.close();
  });

  it('reads as the published cable: one banner word, captions once, REF letters without a stray ¶, list items apart', async () => {
    const page = await open();
    const text = makeCable({
      banner: 'S E C R E T SECTION 01 OF 02 STATE 014577',
      captions: ['SECRET/NOFORN', '', 'SIPDIS', 'SIPDIS'],
      ref: 'REF: A. ANKARA 6543\n     ¶B. ANKARA 6251',
      body: ['1. (S/NF) Points:', '--In 2005 Russia signed a contract.', '', '-- In 2006 it assured us', 'it would wait.', '--Moreover, we are concerned.'],
    });
    await render(page, model(text));
    expect(await page.locator('.banner.top .banner-level').textContent()).toBe('SECRET//NOFORN');
    expect(await page.locator('.meta dl').textContent()).toContain('CaptionsSIPDIS');
    expect(await page.locator('.meta dl').textContent()).not.toContain('SIPDIS, SIPDIS');
    expect(await page.locator('.refs li').allTextContents()).toEqual(['A. ANKARA 6543 (03ANKARA6543)', 'B. ANKARA 6251 (03ANKARA6251)']);
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['Points:', '--In 2005 Russia signed a contract.', '-- In 2006 it assured us it would wait.', '--Moreover, we are concerned.']);
    await page.close();
  });

  it("shows a marking written before the number as the paragraph's badge, the number once (07BAGHDAD3504)", async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['(C) 1. The Embassy obtained a copy of the report.', '', '(C) 2. The Ministry gave a briefing.'] })));
    expect(await page.locator('.paragraph .para-number').allTextContents()).toEqual(['1.', '2.']);
    expect(await page.locator('.paragraph .badge').allTextContents()).toEqual(['(C)', '(C)']);
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['The Embassy obtained a copy of the report.', 'The Ministry gave a briefing.']);
    await page.close();
  });

  it('keeps a sentence whole when a line of it starts with a -- dash (08PARIS1501)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['1. (C) The speeches', '-- and the outlines of the new policy --', 'were received well.'] })));
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['The speeches -- and the outlines of the new policy -- were received well.']);
    await page.close();
  });

  it('sets apart the paragraphs of the summary, not the paragraph above its heading (90CAPETOWN97)', async () => {
    const page = await open();
    await render(page, model(readSeed('90CAPETOWN97.txt'), 'file:///ws/90CAPETOWN97.txt'));
    const numbers = await page.locator('.paragraph.summary .para-number').allTextContents();
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.map((n) => n.replace(/\D/g, ''))).not.toContain('1');
    expect(numbers.map((n) => n.replace(/\D/g, ''))).toContain('2');
    await page.close();
  });

  it('leaves out SIPDIS that the published copy put at the start of a line of text (07TBILISI1732)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['12. (C) In Akhalkalaki protesters briefly halted', 'SIPDIS the first stage of Russian base withdrawal.'] })));
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['In Akhalkalaki protesters briefly halted the first stage of Russian base withdrawal.']);
    await page.close();
  });

  it('starts each marked line of a quoted non-paper on a line of its own, its marking a badge (09STATE83026)', async () => {
    const page = await open();
    const body = ['7. (S/REL to Pakistan) BEGIN TEXT OF NON-PAPER', '(U//FOUO) Assessing the Links', '(S//REL) The Community assesses that LT uses the name as an alias.', '(S//REL) The Community assesses that JUD relies on donations.', 'END TEXT OF NON-PAPER'];
    await render(page, model(makeCable({ banner: 'S E C R E T STATE 083026', body })));
    const texts = (await page.locator('.paragraph .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['BEGIN TEXT OF NON-PAPER', '(U//FOUO) Assessing the Links', '(S//REL) The Community assesses that LT uses the name as an alias.', '(S//REL) The Community assesses that JUD relies on donations.', 'END TEXT OF NON-PAPER']);
    expect(await page.locator('.paragraph .para-text .badge').count()).toBe(3);
    await page.close();
  });

  it('keeps a short title in capitals on a line of its own over the sentence under it (05SOFIA1207)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['8. (C) Eight.', '', '¶L. (C) RUSSIAN INFLUENCE', 'Russia continues to exercise', 'influence.'] })));
    const texts = await page.locator('.paragraph .para-text p').allTextContents();
    expect(texts.slice(1).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['L. (C) RUSSIAN INFLUENCE', 'Russia continues to exercise influence.']);
    await page.close();
  });

  it('sets BEGIN TEXT under a sentence that ends with a colon, and the line after it, on lines of their own (10USNATO52)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['1. (C) The non-paper is reproduced in full below:', 'BEGIN TEXT', '3 February 2010', '-- Refer to GER Agreement of 2009.', 'END TEXT'] })));
    const texts = (await page.locator('.paragraph .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['The non-paper is reproduced in full below:', 'BEGIN TEXT', '3 February 2010', '-- Refer to GER Agreement of 2009.', 'END TEXT']);
    await page.close();
  });

  it('keeps a dash typed as two hyphens whole on its line (09BERLIN1108)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['4. (C) She was wounded in the nighttime attack -- she succeeded in escaping.'] })));
    expect(await page.locator('.paragraph .para-text span.dash').allTextContents()).toEqual(['--']);
    expect(await page.locator('.paragraph .para-text span.dash').evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('nowrap');
    expect((await page.locator('.paragraph .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['She was wounded in the nighttime attack -- she succeeded in escaping.']);
    await page.close();
  });

  it('keeps the end of a note in parentheses in its sentence (09BERLIN1162)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['6. (C) Westerwelle promised more aid. (NOTE: The aid covers', 'police training and civil reconstruction efforts (SEPTEL).', 'END NOTE).'] })));
    const texts = (await page.locator('.paragraph .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Westerwelle promised more aid. (NOTE: The aid covers police training and civil reconstruction efforts (SEPTEL). END NOTE).']);
    await page.close();
  });

  it('reads a sentence on over a blank line where it goes on in lower case (10BAGHDAD290)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['5. (C) The council met several officials, including senior', '', "officials in Shi'a-dominated Iraqi National Alliance parties.", '', 'o item one', '', '6. (C) Six.'] })));
    const texts = (await page.locator('.paragraph').first().locator('.para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(["The council met several officials, including senior officials in Shi'a-dominated Iraqi National Alliance parties.", 'o item one']);
    await page.close();
  });

  it('reads a sentence on over a blank line where the line above stops on a word mid-sentence, not where it ends one (10RIYADH118)', async () => {
    const page = await open();
    const body = ['4. (C) The King said the Chinese must take actions to address those concerns, and', 'weapons as a quid pro quo.  Saudi Arabia is encouraging other', '', 'Gulf countries to meet with China to explore similar steps.', '', 'Gulf countries were told of it by the Foreign Minister himself.'];
    await render(page, model(makeCable({ body })));
    const texts = (await page.locator('.paragraph').first().locator('.para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual([
      'The King said the Chinese must take actions to address those concerns, and weapons as a quid pro quo. Saudi Arabia is encouraging other Gulf countries to meet with China to explore similar steps.',
      'Gulf countries were told of it by the Foreign Minister himself.',
    ]);
    await page.close();
  });

  it('keeps a paragraph whose lines are whole sentences whole where a line goes on in lower case (09STOCKHOLM418)', async () => {
    const page = await open();
    const first = '11. (C) French PolDir Araud said that we should not get into any prolonged negotiations with the Israelis on settlements;';
    const second = 'the core issue is negotiations between the Israelis and Palestinians, he said, and all of it must be settled at once.';
    await render(page, model(makeCable({ body: [first, 'STOCKHOLM 00000418 003.2 OF 006', second, 'He said so twice.', '', '12. (C) Twelve.'] })));
    const texts = (await page.locator('.paragraph').first().locator('.para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual([`${first.slice(8)} ${second}`, 'He said so twice.']);
    await page.close();
  });

  it('sets a paragraph\'s own title over a rule apart from its text (09ASMARA80)', async () => {
    const page = await open();
    const body = ['¶2. (S) The Regime’s Political Capital is Tanking', '--------------------------------------------- ---', 'Isaias’ popularity stemmed from his leading role.', '', '¶3. (S) The war economy is failing, he said.', '', 'It goes on.'];
    await render(page, model(makeCable({ body })));
    const first = page.locator('.paragraph').nth(0).locator('.para-text p');
    expect(await first.evaluateAll((ps) => ps.map((p) => [p.textContent, p.className]))).toEqual([
      ['The Regime’s Political Capital is Tanking', 'inner-title'],
      ['Isaias’ popularity stemmed from his leading role.', ''],
    ]);
    expect(await page.locator('.paragraph').nth(1).locator('.para-text p.inner-title').count()).toBe(0);
    await page.close();
  });

  it('keeps the blank lines between the groups of a list of participants (10STATE13750)', async () => {
    const page = await open();
    const body = ['¶17.  (U)  Participants:', '', 'United States:', '', 'Department of Defense', 'Andrew Winternitz, Deputy Director for European Policy', '', 'France:', '', 'Ministry of Foreign Affairs', 'Nicolas Roche, Political Counselor, Embassy of France', '', 'Ministry of Defense', 'Michel Miraillet, Director for Strategic Affairs'];
    await render(page, model(makeCable({ body })));
    const rows = await page.locator('.paragraph').first().locator('.para-text p').evaluateAll((ps) => ps.map((p) => `${p.className === 'gap' ? '+' : ''}${p.textContent!.trim()}`));
    expect(rows).toEqual(['Participants:', '+United States:', '+Department of Defense', 'Andrew Winternitz, Deputy Director for European Policy', '+France:', '+Ministry of Foreign Affairs', 'Nicolas Roche, Political Counselor, Embassy of France', '+Ministry of Defense', 'Michel Miraillet, Director for Strategic Affairs']);
    await page.close();
  });

  it('starts no item at a number a line break put after words that stop mid-sentence (05PARIS2333)', async () => {
    const page = await open();
    const body = ['¶3. (S) Two reasons for this breadth of USG representation are', "1) France's own outsized role internationally; and 2) a long-term", 'institutional desire to maintain close relations.', '', '¶4. (S) The reasons are:', '1) the first;', '2) the second.'];
    await render(page, model(makeCable({ body })));
    const texts = await page.locator('.paragraph').evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('.para-text p')].map((x) => x.textContent!.replace(/\s+/g, ' ').trim())));
    expect(texts).toEqual([
      ["Two reasons for this breadth of USG representation are 1) France's own outsized role internationally; and 2) a long-term institutional desire to maintain close relations."],
      ['The reasons are:', '1) the first;', '2) the second.'],
    ]);
    await page.close();
  });

  it('says in a tag chip\'s tooltip which tag a misspelling stands for, and that a free-text word is no tag (09TELAVIV2500, 05ROME3585)', async () => {
    const page = await open();
    await render(page, model(makeCable({ tags: 'TAGS: PREL RU ITALY YM COUNTER TERRORISM' })));
    const titles = await page.locator('.tags .chip').evaluateAll((cs) => cs.map((c) => [c.textContent, c.className, (c as HTMLElement).title]));
    // (Free-text words typed one after the other are one chip: `COUNTER TERRORISM`, 05SANAA923.)
    expect(titles).toEqual([
      ['PREL', 'chip kind-subject', 'subject tag: External Political Relations'],
      ['RU', 'chip kind-country', 'country tag: a misspelling of RS (Russia)'],
      ['ITALY', 'chip kind-unknown free-text', 'ITALY: not a TAGS code: free-text keyword'],
      ['YM', 'chip kind-country', 'country tag: Yemen'],
      ['COUNTER TERRORISM', 'chip kind-unknown free-text', 'COUNTER TERRORISM: not a TAGS code: free-text keyword'],
    ]);
    await page.close();
  });

  it('leaves out the stop or colon typed after a paragraph\'s marking (10RIYADH118, 09SEOUL1241)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['7. (C). Prince Torki agreed.', '', '8. (C):  The time is right.', '', '9. (C) ... and so on.'] })));
    const texts = (await page.locator('.paragraph .para-text').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Prince Torki agreed.', 'The time is right.', '... and so on.']);
    await page.close();
  });

  it('sets apart the paragraphs of the post\'s comment, but not a paragraph with a comment aside inside it', async () => {
    const page = await open();
    const body = ['1. (C) Summary: One. End summary.', '', '2. (C) Two (Comment: an aside. End comment.) goes on.', '', '3. (C) Comment: We think so.', '', '4. (C) And more of it. End comment.', '', '5. (C) Five.'];
    await render(page, model(makeCable({ body })));
    const classes = await page.locator('section.paragraph').evaluateAll((ps) => ps.map((p) => ['summary', 'comment'].filter((c) => p.classList.contains(c)).join(' ')));
    expect(classes).toEqual(['summary', '', 'comment', 'comment', '']);
    expect(await page.locator('.paragraph.comment').first().evaluate((e) => getComputedStyle(e).borderLeftStyle)).toBe('dashed');
    // The aside inside ¶2 is set apart in its text, from its word to its end, and only there.
    expect(await page.locator('#paragraph-1 .aside-comment').allTextContents()).toEqual(['Comment: an aside. End comment']);
    expect(await page.locator('#paragraph-1 .aside-comment').first().evaluate((e) => getComputedStyle(e).fontStyle)).toBe('italic');
    expect(await page.locator('#paragraph-2 .aside-comment, #paragraph-4 .aside-comment').count()).toBe(0);
    await page.close();
  });

  it('reads the items of a list run into one line as lines of their own, not a dash in a sentence (08USNATO453)', async () => {
    const page = await open();
    const body = [
      '¶2. (S/REL NATO) NiO Lavoy opened his briefing by saying the situation for 2009 in Afghanistan looked bleak unless the international community addressed three regional challenges: -- Defeating al-Qaida in the FATA of Pakistan; -- Creating stability in Afghanistan; and -- Improving the bilateral India-Pakistan relationship.',
      '',
      '¶3. (C) The Alliance -- and its partners -- must act now, he said, since the time left to the elections is short: the summer is near.',
    ];
    await render(page, model(makeCable({ body })));
    const lines = async (i: number) => (await page.locator(`#paragraph-${i} .para-text p`).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(await lines(0)).toEqual([
      'NiO Lavoy opened his briefing by saying the situation for 2009 in Afghanistan looked bleak unless the international community addressed three regional challenges:',
      '-- Defeating al-Qaida in the FATA of Pakistan;',
      '-- Creating stability in Afghanistan; and',
      '-- Improving the bilateral India-Pakistan relationship.',
    ]);
    expect(await lines(1)).toHaveLength(1);
    await page.close();
  });

  it('breaks a text whose lines are whole paragraphs at a line of some 90 characters that ends a sentence (10ALGIERS39)', async () => {
    const page = await open();
    const body = ['¶10. (U) Below is Embassy’s informal translation of the statement issued January 11 by the Algerian MFA:', 'The Minister of Foreign Affairs, Mourad Medelci, summoned Monday the Ambassador of the United States.'];
    await render(page, model(makeCable({ body })));
    const lines = (await page.locator('#paragraph-0 .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(['Below is Embassy’s informal translation of the statement issued January 11 by the Algerian MFA:', 'The Minister of Foreign Affairs, Mourad Medelci, summoned Monday the Ambassador of the United States.']);
    await page.close();
  });

  it('keeps the dash of an item written with two spaces after it, after a blank line (10RPODUBAI15)', async () => {
    const page = await open();
    const body = ['¶8. (C) Three groups:', '', '-hardliners, such as IRGC Intelligence Head Hossein Taeb. This', 'group seeks increased use of force;', '', '-  a middle way \'swing\' group, composed of SLK himself, his two', 'sons Mostafa and Maysam.'];
    await render(page, model(makeCable({ body })));
    const lines = (await page.locator('#paragraph-0 .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(['Three groups:', '-hardliners, such as IRGC Intelligence Head Hossein Taeb. This group seeks increased use of force;', "- a middle way 'swing' group, composed of SLK himself, his two sons Mostafa and Maysam."]);
    await page.close();
  });

  it('sets apart a comment opened after a sentence inside a wrapped line, over the lines it runs through (06MADRID766)', async () => {
    const page = await open();
    const body = ['¶6. (U) The report said Zapatero was very', 'interested in the peace talks. COMMENT: The Embassy has not', 'received any such indications. END COMMENT. He went on.', '', '¶7. (U) Seven.'];
    await render(page, model(makeCable({ body })));
    expect((await page.locator('#paragraph-0 .aside-comment').allTextContents()).join('')).toBe('COMMENT: The Embassy has not received any such indications. END COMMENT');
    expect((await page.locator('#paragraph-0 .para-text').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      'The report said Zapatero was very interested in the peace talks. COMMENT: The Embassy has not received any such indications. END COMMENT. He went on.',
    );
    await page.close();
  });

  it('leaves out a line the transmission repeated with a Q before it (10BAGHDAD70)', async () => {
    const page = await open();
    const body = ['5. (C) The President said in some places the Iranians move', 'what they see as laid out in the 1975 Agreement, but said', 'Qwhat they see as laid out in the 1975 Agreement, but said', 'that the Iraqis do not recognize it.'];
    await render(page, model(makeCable({ body })));
    const texts = (await page.locator('.paragraph .para-text').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['The President said in some places the Iranians move what they see as laid out in the 1975 Agreement, but said that the Iraqis do not recognize it.']);
    await page.close();
  });

  it('takes the marker of a redaction inside a paragraph for no title (09BAMAKO776)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['12. (S) ATT said he believes Bouteflika wants to cooperate.', '', 'XXXXXXXXXXXX', '', 'XXXXXXXXXXXX', '', '15. (S) General Ward said so.'] })));
    expect(await page.locator('.paragraph .para-text p.inner-title').count()).toBe(0);
    expect(await page.locator('.paragraph').first().locator('.para-text p').allTextContents()).toContain('XXXXXXXXXXXX');
    await page.close();
  });

  it('sets the titles of talking points a paragraph quotes as titles inside it, not the text (10STATE9124)', async () => {
    const page = await open();
    const body = ['11. (U) Begin talking points:', '', "Overview: Where We've Been, and Where We Are", '--------------------------------------------', '', '-- The President made clear his readiness to open a new', 'page in our relations.', '', 'Next Steps', '', '-- We will go on. No title', '', 'here either'];
    await render(page, model(makeCable({ body })));
    expect(await page.locator('.paragraph .para-text p.inner-title').allTextContents()).toEqual(["Overview: Where We've Been, and Where We Are", 'Next Steps']);
    expect(await page.locator('.paragraph .para-number').allTextContents()).toEqual(['11.']);
    expect(await page.locator('.body > .heading').count()).toBe(0);
    await page.close();
  });

  it('reads a sentence of text in no paragraph on over a page break (08KUWAIT128)', async () => {
    const page = await open();
    const body = ['Q: Did you violate Saudi security?', 'A: No, I went for the Omrah. They said that I coordinated with them,', '', 'ANKARA 00000348  002 OF 002', '', '', 'but this is false.'];
    await render(page, model(makeCable({ body })));
    // The question and the answer each on a line of their own, the answer whole over the page break.
    expect(await page.locator('.body p.loose').allTextContents()).toEqual(['Q: Did you violate Saudi security?', 'A: No, I went for the Omrah. They said that I coordinated with them, but this is false.']);
    await page.close();
  });

  it('keeps a block whole over a page break after the end of a sentence, but lets a lettered sub-paragraph or a labelled line start its own (10STATE9124, 09STATE80163)', async () => {
    const page = await open();
    const body = ['5. (C) -- The Iranians said the Russians are guaranteeing implementation.', '', 'ANKARA 00000348  002 OF 002', '', '', 'The Americans are ready for the first time.', '', 'B. The next point, after a break.', '', 'ANKARA 00000348  003 OF 003', '', '', 'C. The last point.', '', '-- Member views on education initiatives.', '', 'ANKARA 00000348  004 OF 004', '', '', 'Countries: Austria, Burkina Faso, Burma, China, Costa Rica,', 'Uganda, Vietnam', 'International Organizations: EU, IAEA, UN'];
    await render(page, model(makeCable({ body })));
    const texts = (await page.locator('.paragraph .para-text p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['-- The Iranians said the Russians are guaranteeing implementation. The Americans are ready for the first time.', 'B. The next point, after a break.', 'C. The last point.', '-- Member views on education initiatives.', 'Countries: Austria, Burkina Faso, Burma, China, Costa Rica, Uganda, Vietnam', 'International Organizations: EU, IAEA, UN']);
    await page.close();
  });

  it('reads a sentence on over a Sipdis line and the blank line before it (08KUWAIT128)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['5. (C) He is content to allow the negative attention on the USG', '', 'Sipdis', 'to continue while it sorts out its role.'] })));
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['He is content to allow the negative attention on the USG to continue while it sorts out its role.']);
    await page.close();
  });

  it('keeps a sentence whole when a line break cuts a reference from its parenthesis: (ref / E) that … (05PARIS5539)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['1. (C) The DST told USG interlocutors (ref', 'E) that the suspected ringleader had left.', '', 'B) An item stands on its own line.'] })));
    expect(await page.locator('.paragraph .para-text p').allTextContents()).toEqual(['The DST told USG interlocutors (ref E) that the suspected ringleader had left.', 'B) An item stands on its own line.']);
    await page.close();
  });

  it('says so when a model cannot be rendered, instead of staying blank', async () => {
    const page = await open();
    const broken = model(seedText());
    // A model from an older server: paragraphs without the fields this script reads.
    (broken.cable as unknown as { paragraphs: unknown[] }).paragraphs = [{ number: 1, listIn: 5 }];
    await page.evaluate((message) => window.postMessage(message, '*'), { type: 'render', model: broken });
    await page.waitForSelector('p.error', { timeout: 10_000 });
    expect(await page.locator('p.error').textContent()).toMatch(/^The preview could not be rendered: .+\. Reload the window/);
    // A good model afterwards renders.
    await render(page, model(seedText()));
    expect(await page.locator('.paragraph').count()).toBe(12);
    await page.close();
  });

  it('shows the notes of the header (passing instructions) in the metadata, one per line', async () => {
    const page = await open();
    await render(page, model(makeCable({ captions: ['SIPDIS', '', 'STATE FOR EUR/WE AND WHA/AND', 'NSC FOR FRIED AND VOLKER'] })));
    expect(await page.locator('.meta .notes > div').allTextContents()).toEqual(['STATE FOR EUR/WE AND WHA/AND', 'NSC FOR FRIED AND VOLKER']);
    await page.close();
  });

  it('lists the cables of the workspace that cite this one, each a link to its file', async () => {
    const page = await open();
    const citing = { ...indexed('04ANKARA512', 'FOLLOW-UP', 'file:///ws/04ANKARA512.txt'), cites: [{ id: '04ANKARA348', range: { start: { line: 20, character: 5 }, end: { line: 20, character: 20 } } }] };
    const service = createCableLanguageService({ index: memoryIndex([citing, indexed('08PARIS1501', 'FRENCH VIEWS')]) });
    await render(page, service.getPreviewModel(TextDocument.create('file:///ws/cable.txt', 'cable', 1, makeCable()), {}));
    expect(await page.locator('.cited-by').textContent()).toBe('Cited by04ANKARA512 FOLLOW-UP');
    await page.locator('.cited-by a.ref-link').click();
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'openCable'));
    expect(posted).toEqual([{ type: 'openCable', uri: 'file:///ws/04ANKARA512.txt' }]);
    await page.close();
  });

  it('shows markup inside a cable as literal text and runs none of it', async () => {
    const hostile = makeCable({
      tags: 'TAGS: PREL <script>window.__pwned=1</script> javascript:alert(1)',
      subject: 'SUBJECT: <img src=x onerror="window.__pwned=2"> </style><script>window.__pwned=3</script>',
      ref: 'REF: A. <a href="javascript:window.__pwned=4">click</a> STATE 12345',
      body: ['1. (C) Summary: <script>window.__pwned=5</script> and <img src=x onerror=window.__pwned=6> End Summary.', '', '2. (C) javascript:window.__pwned=7 </style><b onclick="window.__pwned=8">bold</b>'],
    });
    const page = await open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await render(page, model(hostile));
    await page.locator('.paragraph').nth(1).click();
    await page.locator('.paragraph b, .paragraph img').count().then((n) => expect(n).toBe(0));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('h1.subject').textContent()).toBe('<img src=x onerror="window.__pwned=2"> </style><script>window.__pwned=3</script>');
    expect(await page.locator('.paragraph').first().textContent()).toContain('<script>window.__pwned=5</script>');
    expect(await page.locator('.refs').textContent()).toContain('<a href="javascript:window.__pwned=4">click</a>');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: artifactPath('preview-injection.png') });
    await page.close();
  });

  it('follows the theme through VS Code CSS variables', async () => {
    const page = await open('vscode-dark');
    // VS Code sets its theme colours as CSS variables on the document element, through the CSSOM.
    await page.evaluate(() => {
      document.documentElement.style.setProperty('--vscode-editor-background', '#1e1e1e');
      document.documentElement.style.setProperty('--vscode-editor-foreground', '#d4d4d4');
    });
    await render(page, model(seedText()));
    const colors = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
    expect(colors).toEqual({ bg: 'rgb(30, 30, 30)', fg: 'rgb(212, 212, 212)' });
    await page.screenshot({ path: artifactPath('preview-seed-dark.png') });
    await page.close();
  });

  /** Lines 224–242 and 293–311 of 09STATE120288: items bulleted with a lower-case `o`, one a page line apart. */
  const IRAN_POINTS = [
    '3. (C) -- However, almost one year into the Obama',
    'administration, Iran has not taken practical, concrete',
    'steps that would begin to create confidence in its',
    'nuclear intentions.  Iran:',
    '',
    'o       Continues to enrich uranium despite UNSC',
    'requirements that it suspend such operations;',
    'o       Revealed it had been building a secret uranium',
    'enrichment facility at a military base near Qom,',
    'in violation of its safeguards agreement ;',
    'o       Continues to refuse cooperation with the IAEA in',
    'addressing the full range of IAEA questions about',
    'the peaceful purposes of its nuclear program;',
    'o       Has not accepted the IAEA proposal to refuel the',
    'TRR; and',
    'o       Since meeting with representatives of the five',
    'permanent members of the Security Council and',
    'Germany in Geneva on October 1, has refused all',
    'subsequent efforts to schedule another meeting to',
    'discuss its nuclear program.',
    '',
    '4. (C) -- When Iran expressed concern about the reliability of',
    'the proposal, the United States and its partners',
    'expressed to the IAEA a willingness to address Iran\'s',
    'concerns, including through:',
    '',
    'o       a U.S. offer to formally join the deal as a',
    'signatory;',
    '',
    'o       a readiness of the five permanent members of the',
    'Security Council and Germany to guarantee the',
    'deal through a political statement of support;',
    'o       a willingness to help secure finance for the',
    'movement of the LEU and fuel.',
  ];

  it('starts each item bulleted with a lower-case o on a line of its own (09STATE120288, 09STATE67105)', async () => {
    const page = await open();
    await render(page, model(makeCable({ banner: 'C O N F I D E N T I A L SECTION 01 OF 08 STATE 120288', body: IRAN_POINTS })));
    const three = await page.locator('.paragraph').filter({ hasText: 'almost one year' }).locator('.para-text p').allTextContents();
    expect(three).toEqual([
      '-- However, almost one year into the Obama administration, Iran has not taken practical, concrete steps that would begin to create confidence in its nuclear intentions. Iran:',
      'o Continues to enrich uranium despite UNSC requirements that it suspend such operations;',
      'o Revealed it had been building a secret uranium enrichment facility at a military base near Qom, in violation of its safeguards agreement ;',
      'o Continues to refuse cooperation with the IAEA in addressing the full range of IAEA questions about the peaceful purposes of its nuclear program;',
      'o Has not accepted the IAEA proposal to refuel the TRR; and',
      'o Since meeting with representatives of the five permanent members of the Security Council and Germany in Geneva on October 1, has refused all subsequent efforts to schedule another meeting to discuss its nuclear program.',
    ]);
    // A lower-case word after the `o` set apart by several spaces is an item too.
    const four = await page.locator('.paragraph').filter({ hasText: 'reliability' }).locator('.para-text p').allTextContents();
    expect(four.slice(1)).toEqual([
      'o a U.S. offer to formally join the deal as a signatory;',
      'o a readiness of the five permanent members of the Security Council and Germany to guarantee the deal through a political statement of support;',
      'o a willingness to help secure finance for the movement of the LEU and fuel.',
    ]);
    await page.close();

    const seed = await open();
    await render(seed, model(readSeed('09STATE67105.txt'), 'file:///ws/09STATE67105.txt'));
    expect(await seed.locator('.paragraph').filter({ hasText: 'Key highlights:' }).locator('.para-text p').allTextContents()).toEqual([
      'Key highlights:',
      'o Founder of TOPSEC and iTrusChina notes PRC funding and directive in media interview.',
      "o TOPSEC is China's largest provider of information security products and services.",
      'o TOPSEC provides services and training for the PLA and has recruited hackers in the past.',
      'o Potential linkages of China\'s top companies with the PRC illustrate the government\'s use of its "private sector" in support of information warfare objectives.',
    ]);
    await seed.close();
  });

  it('keeps a sentence whole when a line of it starts with the word o', async () => {
    const page = await open();
    const body = ['1. (U) The marchers carried a banner with the slogan:', 'o povo unido jamais sera vencido.', 'The police watched.', '', '2. (U) A second banner read "Fora', 'o FMI" in red letters.'];
    await render(page, model(makeCable({ body })));
    expect(await page.locator('.paragraph .para-text').allTextContents()).toEqual([
      'The marchers carried a banner with the slogan: o povo unido jamais sera vencido. The police watched.',
      'A second banner read "Fora o FMI" in red letters.',
    ]);
    await page.close();
  });

  it('says a partial extract is one, under the subject, and says nothing of the kind for a full cable (04RANGOON88)', async () => {
    const page = await open();
    await render(page, model(readSeed('04RANGOON88.txt'), 'file:///ws/04RANGOON88.txt'));
    const note = page.locator('.meta .partial-extract');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Partial extract. The full text of the original cable is not available: this record is only part of it.');
    expect(await note.getAttribute('role')).toBe('note');
    // Near the top: right under the subject, above the metadata list.
    expect(await page.locator('.meta > *').evaluateAll((nodes) => nodes.slice(0, 3).map((n) => n.tagName + (n.className ? `.${n.className.split(' ').join('.')}` : '')))).toEqual(['H1.subject', 'P.notice.partial-extract', 'DL']);
    await render(page, model(readSeed('06CARACAS1276.txt'), 'file:///ws/06CARACAS1276.txt'));
    expect(await page.locator('.partial-extract').count()).toBe(0);
    await page.close();
  });

  it('says how many sections the cable has in the sticky top banner, not which one the first banner named (06CARACAS1276)', async () => {
    const page = await open();
    await render(page, model(readSeed('06CARACAS1276.txt'), 'file:///ws/06CARACAS1276.txt'));
    expect(await page.locator('.banner.top').textContent()).toBe('CONFIDENTIAL3 sections');
    expect(await page.locator('.banner.top .banner-section').textContent()).toBe('3 sections');
    expect(await page.locator('.banner.bottom .banner-section').count()).toBe(0);
    // Nor when the first banner of an old printout names no section and the next one does (90CAPETOWN97).
    await render(page, model(readSeed('90CAPETOWN97.txt'), 'file:///ws/90CAPETOWN97.txt'));
    expect(await page.locator('.banner.top .banner-section').textContent()).toBe('3 sections');
    // A cable sent in one piece says nothing of sections.
    await render(page, model(readSeed('04RANGOON88.txt'), 'file:///ws/04RANGOON88.txt'));
    expect(await page.locator('.banner-section').count()).toBe(0);
    await page.close();
  });

  it('sets apart no paragraph for the summary of a document it quotes further down (09STATE83026)', async () => {
    const page = await open();
    const filler = 'The Community assesses that the group continues its activities in the region and abroad. '.repeat(3);
    await render(page, model(makeCable({ body: ['1. (C) This is an action request.', '', `2. (S) BEGIN TEXT OF NON-PAPER: ${filler}SUMMARY: the group persists. END SUMMARY. More text. END TEXT.`] })));
    expect(await page.locator('.paragraph.summary').count()).toBe(0);
    await page.close();
    const own = await open();
    await render(own, model(makeCable({ body: ['1. (C) Summary: The talks went well. End Summary.', '', '2. (C) Two.'] })));
    expect(await own.locator('.paragraph.summary').count()).toBe(1);
    await own.close();
  });

  it('starts a block of its own where a portion marking opens a line under a sentence (08RANGOON749)', async () => {
    const page = await open();
    await render(page, model(makeCable({ body: ['1. (C) The subject brought a bottle 70 mm long.', '(C) The subject claimed that no one knew.', 'F) Unknown.', 'G - J) (C) Subject identified himself.'] })));
    const blocks = page.locator('.paragraph .para-text p');
    expect(await blocks.allTextContents()).toEqual(['The subject brought a bottle 70 mm long.', '(C) The subject claimed that no one knew.', 'F) Unknown.', 'G - J) (C) Subject identified himself.']);
    expect(await blocks.nth(1).locator('.badge').textContent()).toBe('(C)');
    await page.close();
  });

  it('shows a seventh addressee rather than "and 1 more"', async () => {
    const page = await open();
    const info = ['PARIS', 'LONDON', 'BERLIN', 'ROME', 'MADRID', 'VIENNA', 'BERN'].map((p, i) => `${i ? '' : 'INFO '}AMEMBASSY ${p} ${1000 + i}`);
    await render(page, model(makeCable({ preamble: ['O 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO SECSTATE WASHDC IMMEDIATE 1234', ...info, ''] })));
    const dd = page.locator('.meta dt', { hasText: /^Info$/ }).locator('xpath=following-sibling::dd[1]');
    expect(await dd.locator('.addressees > span').textContent()).toContain('AMEMBASSY BERN');
    expect(await dd.locator('details.more').count()).toBe(0);
    await page.close();
  });

  it('lists a long list of action addressees the same way (09STATE80163, to 37 posts)', async () => {
    const page = await open();
    const m = model(readSeed('09STATE80163.txt'), 'file:///ws/09STATE80163.txt');
    const to = m.cable.routing!.addressees.filter((a) => a.role === 'TO').map((a) => a.name);
    expect(to).toHaveLength(37);
    await render(page, m);
    const dd = page.locator('.meta dt', { hasText: /^To$/ }).locator('xpath=following-sibling::dd[1]');
    expect(await dd.locator('.addressees > span').textContent()).toBe(to.slice(0, 6).join('; '));
    expect(await dd.locator('details.more > summary').textContent()).toBe('and 31 more');
    await page.close();
  });

  it('opens the rest of a long list of info addressees on "and N more" (06CARACAS1276)', async () => {
    const page = await open();
    const m = model(readSeed('06CARACAS1276.txt'), 'file:///ws/06CARACAS1276.txt');
    const info = m.cable.routing!.addressees.filter((a) => a.role === 'INFO').map((a) => a.name);
    expect(info).toHaveLength(21);
    await render(page, m);
    const dd = page.locator('.meta dt', { hasText: /^Info$/ }).locator('xpath=following-sibling::dd[1]');
    expect(await dd.locator('.addressees > span').textContent()).toBe(info.slice(0, 6).join('; '));
    const summary = dd.locator('details.more > summary');
    expect(await summary.textContent()).toBe('and 15 more');
    expect(await summary.getAttribute('title')).toBe(info.slice(6).join('; '));
    const rest = dd.locator('details.more .more-list');
    expect(await rest.isVisible()).toBe(false);
    await summary.click();
    expect(await rest.isVisible()).toBe(true);
    expect(await rest.textContent()).toBe(info.slice(6).join('; '));
    expect(await rest.textContent()).toContain('USINT HAVANA');
    // Opening the list moves no editor.
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((p) => p.type === 'revealLine'));
    expect(posted).toEqual([]);
    await page.close();
  });

  it('says E.O. 12958: N/A is not applicable, and irregular only on a classified cable (04MADRID2164)', async () => {
    const page = await open();
    await render(page, model(readSeed('04MADRID2164.txt'), 'file:///ws/04MADRID2164.txt'));
    const unclassified = (await page.locator('.meta dl').textContent()) ?? '';
    expect(unclassified).toMatch(/E\.O\.E\.O\. 12958, .* — N\/A — not applicable \(unclassified\)/);
    expect(unclassified).not.toContain('no declassification');
    await render(page, model(makeCable({ eo: 'E.O. 12958: N/A' })));
    expect(await page.locator('.meta dl').textContent()).toMatch(/— N\/A — not applicable, which is irregular on a CONFIDENTIAL cable/);
    await page.close();
  });

  for (const theme of [
    { body: 'vscode-high-contrast', border: '#6fc3df', rgb: 'rgb(111, 195, 223)' },
    { body: 'vscode-high-contrast-light', border: '#0f4a85', rgb: 'rgb(15, 74, 133)' },
  ]) {
    it(`outlines every tag chip in the ${theme.body} theme`, async () => {
      const page = await open(theme.body);
      await page.evaluate((border) => document.documentElement.style.setProperty('--vscode-contrastBorder', border), theme.border);
      await render(page, model(seedText()));
      const borders = await page.locator('.tags .chip').evaluateAll((chips) => chips.map((c) => [c.textContent, getComputedStyle(c).borderTopStyle, getComputedStyle(c).borderTopWidth, getComputedStyle(c).borderTopColor]));
      expect(borders.map(([code]) => code)).toEqual(['PREL', 'IZ', 'TU', 'NATO']);
      for (const [, style, width] of borders) {
        expect(style).not.toBe('none');
        expect(width).toBe('1px');
      }
      // The subject tag, which has no outline of its kind, takes the theme's contrast border.
      expect(borders[0][3]).toBe(theme.rgb);
      await page.close();
    });
  }

  it('shows a REF entry in the tooltip of its mention as the entry reads, without a stray ¶ or its letter twice (05PARIS7527)', async () => {
    const page = await open();
    const text = makeCable({
      ref: 'REF: A. PARIS 7525\n\n¶B. OCTOBER 25 PARIS POINTS',
      body: ['1. (C) Summary: He analysed recent violence in the suburbs (ref A). End Summary.', '', '2. (C) Platoons of specialized gendarmes (ref B) stand by.'],
    });
    await render(page, model(text));
    const mentions = page.locator('a.mention');
    expect(await mentions.allTextContents()).toEqual(['A', 'B']);
    expect(await mentions.evaluateAll((list) => list.map((a) => a.getAttribute('title')))).toEqual(['REF A. PARIS 7525', 'REF B. OCTOBER 25 PARIS POINTS']);
    await page.close();
  });

  it('renders o items, a partial extract, the number of sections and all the info addressees together (screenshot)', async () => {
    const page = await open();
    const info = ['AMEMBASSY ABU DHABI', 'AMEMBASSY AMMAN', 'AMEMBASSY ANKARA', 'AMEMBASSY BAGHDAD', 'AMEMBASSY BEIJING', 'AMEMBASSY BERLIN', 'AMEMBASSY CAIRO', 'AMEMBASSY DOHA', 'AMEMBASSY KUWAIT', 'AMEMBASSY LONDON', 'AMEMBASSY MOSCOW', 'AMEMBASSY PARIS', 'AMEMBASSY RIYADH', 'AMEMBASSY TOKYO', 'USMISSION UNVIE VIENNA', 'USMISSION USUN NEW YORK', 'NSC WASHINGTON DC', 'CIA WASHINGTON DC', 'DIA WASHINGTON DC', 'SECDEF WASHINGTON DC'];
    const text = makeCable({
      preamble: [
        'This record is a partial extract of the original cable. The full text of the original cable is not available.',
        '',
        'O 210127Z NOV 09',
        'FM SECSTATE WASHDC',
        'TO IAEA MEMBER STATES COLLECTIVE IMMEDIATE',
        ...info.map((a, i) => `${i === 0 ? 'INFO ' : ''}${a} PRIORITY ${1000 + i}`),
        '',
      ],
      banner: 'C O N F I D E N T I A L SECTION 01 OF 08 STATE 120288',
      eo: 'E.O. 12958: DECL: 11/10/2019',
      tags: 'TAGS: PREL IR',
      subject: "SUBJECT: U.S. POSTURE ON IRAN'S NUCLEAR PROGRAM AND NEXT STEPS",
      classifiedBy: 'Classified By: NEA Assistant Secretary Jeffrey D. Feltman for reasons 1.4 (b) and (d).',
      body: IRAN_POINTS,
      signature: 'CLINTON',
    });
    await render(page, model(text));
    await page.locator('details.more > summary').click();
    expect(await page.locator('.partial-extract').isVisible()).toBe(true);
    expect(await page.locator('.banner-section').textContent()).toBe('8 sections');
    expect(await page.locator('.more-list').textContent()).toContain('SECDEF WASHINGTON DC');
    expect(await page.locator('.para-text p', { hasText: /^o / }).count()).toBe(8);
    await page.screenshot({ path: artifactPath('preview-audit.png'), fullPage: true });
    await page.close();
  });
});
