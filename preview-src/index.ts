// The preview's own script: renders the cable model as DOM built with textContent (cable text never reaches
// innerHTML), keeps scroll in sync with the editor, and reports clicks.

import type { CableModelResult, PreviewFinding, PreviewMention } from '../server/src/protocol';
import type { BannerLine, Block, Cable, Level, Paragraph, PortionMarking, Reference, Span } from '../server/src/cable/model';
import type { FromWebview, PreviewState, ToWebview } from '../client/src/preview/messages';
import { formatDate } from '../server/src/cable/dates';
import { endsUnfinished, isParticipantsLead, isSeparator, refEntryAsWritten, withoutPilcrow } from '../server/src/cable/text';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('cable-root') as HTMLElement;
let state: PreviewState | undefined = vscode.getState();
let lastVersion = -1;
let suppressScrollUntil = 0;

// ------------------------------------------------------------ DOM helpers (textContent only)

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function levelClass(level: Level | null): string {
  switch (level) {
    case 'UNCLASSIFIED':
      return 'level-unclassified';
    case 'LIMITED OFFICIAL USE':
      return 'level-lou';
    case 'CONFIDENTIAL':
      return 'level-confidential';
    case 'SECRET':
      return 'level-secret';
    case 'TOP SECRET':
      return 'level-top-secret';
    default:
      return 'level-none';
  }
}

// ------------------------------------------------------------ text of a span, reflowed

/**
 * A bulleted item: `-- item`, `- item`, `• item`, `* item`, or a lower-case `o` as the bullet (`o  Continues to
 * enrich uranium`, 09STATE120288) when a capital, a digit or a quote follows it, or a lower-case word after two or
 * more spaces (`o       a U.S. offer`): never a sentence that starts with the word `o`.
 */
const BULLET = /^(?:(?:-{1,2}|•|\*)\s{0,3}\S|o(?:\s+[A-Z0-9"“'‘]|\s{2,}\S))/;
/** The dash of an item of a list run into a line, after a colon, a semicolon or a stop (`challenges: -- Defeating …; -- Creating …`). */
const INLINE_BULLET = /(?<=[:;.,]\s{1,3}(?:and\s{1,3})?)--?\s?(?=[A-Z"“])/g;

/**
 * Where the items of a list that the published text ran into one long line start (`… five inter-dependent regional
 * challenges: -- Defeating al-Qaida …; -- Creating stability in Afghanistan; … and -- Improving …`, 08USNATO453): at
 * least two, the first after a colon. None otherwise: a dash in a sentence stands after a word.
 */
function inlineItems(text: string, from: number, to: number): number[] {
  if (to - from < 100) return [];
  const line = text.slice(from, to);
  const at: number[] = [];
  INLINE_BULLET.lastIndex = 0;
  for (let m = INLINE_BULLET.exec(line); m; m = INLINE_BULLET.exec(line)) if (m.index > 0) at.push(from + m.index);
  if (at.length < 2 || !/:\s*$/.test(text.slice(from, at[0]))) return [];
  return at;
}
/** An item numbered or lettered with a parenthesis: `1) UN Security Council Reform`, `b) the budget`. */
// (Also a range of letters answered at once: `G - J) (S//NF) …`, 08RANGOON749.)
const NUMBERED_ITEM = /^(?:\d{1,2}|[A-Za-z](?:\s?-\s?[A-Za-z])?)\)\s/;
/** A labelled line: `Countries: Afghanistan, Austria …`, `Terrorist Groups: Taliban`. */
const LABEL = /^[A-Z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+){0,3}: \S/;

/**
 * The stretches of the text after the header that no element of the model covers (headings, paragraphs, banners,
 * page lines, the signature …): the loose text of the body.
 */
function uncovered(cable: Cable, length: number): Span[] {
  const covered = [
    cable.partialExtract,
    cable.extractDateTimeGroup,
    cable.routing,
    cable.header,
    ...cable.banners,
    ...cable.captions,
    ...cable.headerNotes,
    cable.executiveOrder,
    cable.tagsLine,
    cable.subjectLine,
    cable.references,
    cable.classifiedBy,
    ...cable.headings,
    ...cable.paragraphs,
    // (Not the page lines and repeated captions: the text they cut reads on over them, as in a paragraph, 08KUWAIT128;
    // `readableRuns` skips them.)
    ...cable.repeatedHeaders,
    cable.footer,
    cable.signature,
  ]
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start);
  // The trailer after the signature or the bottom banner (`NNNN`, `BT`) is no text either.
  const bottom = cable.banners.find((b) => b.position === 'bottom');
  // Nor is another cable's record run on after the text (73TEHRAN2077).
  const appended = cable.issues.find((i) => i.code === 'appended-record');
  const end = Math.min(length, cable.signature?.start ?? length, bottom?.start ?? length, appended?.start ?? length);
  const out: Span[] = [];
  let at = cable.header?.end ?? 0;
  for (const c of covered) {
    if (c.start > at && at < end) out.push({ start: at, end: Math.min(c.start, end) });
    at = Math.max(at, c.end);
  }
  if (at < end) out.push({ start: at, end });
  return out;
}

/** Is the line after a paragraph's first line (from `start`) a rule of dashes, the paragraph's first line its title? */
function titledOverRule(text: string, start: number): boolean {
  const at = text.indexOf('\n', start) + 1;
  if (at <= 0) return false;
  const end = text.indexOf('\n', at);
  return /^\s*-{5,}[- ]*$/.test(text.slice(at, end < 0 ? text.length : end));
}

/** A short line on its own that reads as a title: a capital first, no stop or comma last, no item or bullet. */
function isInnerTitle(runs: readonly Run[]): boolean {
  if (runs.some((r) => r.portion)) return false;
  const t = runs.map((r) => r.text).join('').trim();
  // (Nor the marker of a redaction, `XXXXXXXXXXXX`: the published text blanked out a paragraph or a name there, 09BAMAKO776.)
  return t.length >= 3 && t.length <= 70 && /^[A-Z]/.test(t) && !/[.,;:!?"”’)]$/.test(t) && !BULLET.test(t) && !NUMBERED_ITEM.test(t) && /[a-z]{2}|[A-Z]{3}/.test(t) && !/^X{4,}$/.test(t);
}

/** A piece of reflowed text: plain, a mention (`ref A`, `para 5`) to render as a link, or a marking to render as a badge. */
interface Run {
  text: string;
  mention?: PreviewMention;
  portion?: PortionMarking;
  /** Inside a comment aside of the paragraph (`… talks. COMMENT: The Embassy has not … END COMMENT.`). */
  aside?: boolean;
}

/** A span of the text that becomes a run of its own: a mention, or the marking of a lettered sub-paragraph. */
interface Special extends Span {
  mention?: PreviewMention;
  portion?: PortionMarking;
}

const NO_STARTS: ReadonlySet<number> = new Set();

/**
 * Like `readable`, with the mentions inside the span kept as runs of their own: blocks of runs, white space
 * collapsed as `readable` does it. `lineByLine`: each line a block of its own (a list of participants).
 */
function readableRuns(
  text: string,
  span: Span,
  skip: readonly Span[],
  mentions: readonly Special[],
  lineByLine = false,
  subStarts: ReadonlySet<number> = NO_STARTS,
  asides: readonly Span[] = [],
): { runs: Run[]; start: number; afterBlank: boolean }[] {
  const blocks: { runs: Run[]; start: number; afterBlank: boolean }[] = [];
  const inAside = (at: number) => asides.some((a) => a.start <= at && at < a.end);
  let current: Run[] = [];
  let blockStart = span.start;
  let afterBlank = false;
  let blockAfterBlank = false;
  const flush = () => {
    if (current.length) blocks.push({ runs: normalize(current), start: blockStart, afterBlank: blockAfterBlank });
    current = [];
  };
  let previous = '';
  let previousItem = false;
  // Does the block being built start with a labelled line (`Countries: …`)?
  let labelBlock = false;
  // Since the last line of text: a blank line (a break), and a skipped line (a page line or a repeated caption).
  let blank = false;
  let ruled = false;
  let skipped = false;
  let k = mentions.findIndex((m) => m.start >= span.start);
  if (k < 0) k = mentions.length;
  let lineStart = span.start;
  // The starts of the items of a list run into the line being read, and where that line ends.
  let items: number[] = [];
  let itemsLineEnd = -1;
  while (lineStart <= span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
    let nextStart = lineEnd + 1;
    // Each item of a list run into the line is read as a line of its own.
    if (lineEnd !== itemsLineEnd) {
      items = lineByLine ? [] : inlineItems(text, lineStart, lineEnd);
      itemsLineEnd = lineEnd;
    }
    const cut = items.find((x) => x > lineStart);
    if (cut !== undefined) {
      nextStart = cut;
      lineEnd = cut;
    }
    // A rule run on to the end of a line of text (`END NOTE. --------------------------------------------- -`,
    // 08BRASILIA1396) is no text of it: the line stops before it, and the rule breaks the block after it.
    const trailing = text.charCodeAt(trimEndAt(text, lineStart, lineEnd) - 1) === 45 ? TRAILING_RULE.exec(text.slice(lineStart, lineEnd)) : null;
    const ruleAfter = trailing !== null && trailing.index > 0 && text.slice(lineStart, lineStart + trailing.index).trim() !== '';
    if (ruleAfter) lineEnd = lineStart + trailing!.index;
    // A skipped span covers the line (a page line, a repeated caption) or sits inside it (a page line the published
    // text ran into a line of text: `… The BRASILIA 00000504 002 OF 004 influential …`), which is cut out.
    const lineText = text.slice(lineStart, lineEnd);
    const contentStart = lineStart + (lineText.length - lineText.trimStart().length);
    const contentEnd = lineStart + lineText.trimEnd().length;
    const inLine = skip.filter((x) => x.start < lineEnd && x.end > lineStart);
    const isSkipped = inLine.some((x) => x.start <= contentStart && x.end >= contentEnd);
    const cuts = isSkipped ? [] : inLine;
    /** The text of [from, to) without the cut spans, each left as a space. */
    const uncut = (from: number, to: number): string => {
      let out = '';
      let at = from;
      for (const x of cuts) {
        if (x.end <= at || x.start >= to) continue;
        out += `${text.slice(at, Math.max(at, x.start))} `;
        at = Math.min(to, x.end);
      }
      return out + text.slice(at, to);
    };
    if (isSkipped) skipped = true;
    else {
      const content = uncut(lineStart, lineEnd).trim();
      // A line that only separates (dashes under or over a heading, a lone `.`) is a blank line too.
      if (content === '') blank = true;
      else if (isSeparator(content, 0, content.length)) {
        blank = true;
        ruled ||= content.length > 2;
      }
      else {
        // The blank lines around a page line or a repeated caption break no sentence: a text cut mid-sentence by a
        // page break goes on.
        // So do blank lines after words that stop mid-sentence (`… CHIRAC COULD BECOME A`, blank lines, `VIABLE
        // CANDIDATE …`, 07PARIS170).
        // (Not over a rule: the line above it is a title, `Overview: Where We've Been, and Where We Are` / `-----`.)
        // A page break after the end of a sentence breaks no block either: the printout put its blank lines there, not
        // the writer (`… the Russians are guaranteeing implementation.` / page line / `The Americans are ready …`,
        // 10STATE9124); an item, a lettered sub-paragraph or a marking after it still starts one of its own.
        // (Nor a labelled line: `Countries: Austria, …` under a bullet that ends a sentence, 09STATE80163.)
        const restarts = skipped && (/^(?:¶\s?)?(?:\(?[A-Za-z]|[ivx]{2,4})[.)]\s/.test(content) || LABEL.test(content));
        // And a sentence that goes on in lower case under a blank line the printout left where a page broke (`… including
        // senior` / blank / `officials in Shi'a-dominated …`, 10BAGHDAD290); not an item (`o item`, `b) item`).
        // Or under a line of the wrapped text that stops on a word in lower case, mid-sentence (`… Saudi Arabia is
        // encouraging other` / blank / `Gulf countries to meet with China …`, 10RIYADH118).
        // (Its last word in lower case: not a name or title in a list, `… Deputy Director for European Policy` / blank /
        // `France:`, 10STATE13750; nor the authors of a work in a list of them, `… V.R. Barros, et al`, 08STATE93970.)
        const goesOnBelow =
          (/^[a-z]/.test(content) && !BULLET.test(content) && !/^(?:[a-z]|[ivx]{1,4})[.)]\s/.test(content)) ||
          (!lineByLine && previous.length >= 50 && /\s[a-z][a-z'’-]*$/.test(previous) && !/\set al$/.test(previous) && /^[A-Z][a-z]/.test(content));
        if (blank && (ruled || restarts || !((skipped || goesOnBelow || endsUnfinished(previous)) && previous !== '' && (skipped || !/[.:;!?"”)]$/.test(previous))))) {
          flush();
          previous = '';
          afterBlank = true;
        }
        blank = false;
        ruled = false;
        skipped = false;
        // A list item (`-- In 2005 Russia …`, `- item`, `• item`, `o Item`) starts a line of its own, when the line before
        // ended a sentence or was an item itself: otherwise `--` is a dash in the sentence going on. An item
        // numbered with a parenthesis (`2) Iraq`) always does, and so does a labelled line after another one.
        const label = LABEL.test(content);
        // So does a block a portion marking opens (`(S//REL TO USA, ACGU) The subject brought …` under a sentence,
        // 08RANGOON749; the sub-titles of a non-paper, 09STATE83026).
        const marked = content.charCodeAt(0) === 40 && k < mentions.length && mentions[k].portion !== undefined && mentions[k].start === contentStart;
        // (Not the letter of a reference a line break cut from its parenthesis: `(ref` / `E) that the suspected
        // ringleader …`, 05PARIS5539.)
        // (Nor an item a line break put after words that stop mid-sentence: `Two reasons for this breadth of USG
        // representation are` / `1) France's own outsized role …`, 05PARIS2333.)
        const numbered = NUMBERED_ITEM.test(content) && !(content.charCodeAt(1) === 41 && previous.lastIndexOf('(') > previous.lastIndexOf(')')) && !endsUnfinished(previous);
        // And a sub-paragraph the parser found (`¶C. (S/NF) USG Concern: …` right under the last line of B., 06VIENNA515).
        const sub = subStarts.has(contentStart);
        // Old printouts mark the lines that go on with an item with a dash of their own (`-- THE UNBANNING OF THE ANC,
        // PAC AND OTHER POLITICAL` / `-  ORGANIZATIONS;`, 90CAPETOWN97): no dash of the text, and no item. (Right under
        // the item's line: after a blank line a dash and two spaces open the next item, `-  a middle way 'swing'
        // group`, 10RPODUBAI15.)
        const goesOn: boolean = previousItem && previous !== '' && /^-\s{2,}\S/.test(content) && !/[.:;!?"”)]$/.test(previous);
        const item: boolean = (!goesOn && BULLET.test(content) && (previous === '' || previousItem || /[.:;!?"”)]$/.test(previous))) || numbered || marked || sub;
        // And a sentence under a short title in capitals (`¶L. (C) RUSSIAN INFLUENCE` / `Russia continues to …`,
        // 05SOFIA1207): the title stays a line of its own.
        const underTitle = previous !== '' && previous.length <= 60 && !/[a-z]/.test(previous) && /[A-Z]{2}/.test(previous) && !/[,;:-]$/.test(previous) && /^[A-Z][a-z]/.test(content);
        // And a short line in capitals under the end of a sentence in mixed case (`END TEXT OF NON-PAPER`, `BEGIN TEXT
        // BOX`, 09STATE83026); not in a text all in capitals, whose sentences end at line ends too.
        // (Not the end of a note in parentheses, which closes its sentence: `… efforts (SEPTEL).` / `END NOTE).`,
        // 09BERLIN1162.)
        // (Also under a line that ends with a colon, and the line after `BEGIN TEXT` stands on its own too: `… in full
        // below:` / `BEGIN TEXT` / `3 February 2010`, 10USNATO52.)
        // (And the line under a date on a line of its own: `3 February 2010` / `-- Refer to …`, 10USNATO52.)
        const underDate = /^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}$/.test(previous);
        const capsLine = underDate || (content.length <= 60 && !/[a-z]/.test(content) && /[A-Z]{3}/.test(content) && /[a-z]/.test(previous) && /[.:!?"”)]$/.test(previous) && !/^END\b.*\)\W*$/.test(content)) || (/^BEGIN\b/.test(previous) && previous.length <= 60 && !/[a-z]/.test(previous));
        // And any line after a long one that ends a sentence: a text whose lines are whole paragraphs or items (the
        // published copy unwrapped them: `- Get the reforms moving … violations.` / `He said the coalition …`,
        // 09HARARE1004) breaks a block at each line; a cable as sent wraps at under 70 characters.
        // (Not before the words that close a summary or comment: `END SUMMARY` under it, 72TEHRAN4789.)
        // (Nor before a line that goes on in lower case: `… with the Israelis on settlements;` / page line / `the core
        // issue is …`, 09STOCKHOLM418.)
        const afterLong = previous.length > 80 && /[.:;!?"”)]$/.test(previous) && !/^end\b/i.test(content) && !/^[a-z]/.test(content);
        if (item || (label && labelBlock) || lineByLine || underTitle || capsLine || afterLong) flush();
        if (current.length === 0) {
          labelBlock = label;
          blockAfterBlank = afterBlank;
          afterBlank = false;
          blockStart = lineStart + (text.slice(lineStart, lineEnd).length - text.slice(lineStart, lineEnd).trimStart().length);
        }
        previousItem = item || (previousItem && !/[.:;!?]$/.test(previous));
        // A word broken at a hyphen at the end of the line goes on with no space (`F0LLOW-` / `ING`, `ANTI-` / `TERRORISM`).
        const broken = /[A-Za-z]-$/.test(previous) && !/(?:^|\s)-$/.test(previous) && /^[A-Za-z]/.test(content);
        previous = content;
        if (current.length && broken) {
          const end = current[current.length - 1];
          if (!end.mention && !end.portion) end.text = end.text.replace(/\s+$/, '');
        } else if (current.length) current.push({ text: ' ' });
        // The `¶` the published text put before sub-paragraph letters (`¶B. Key Continuing Issues`) is no text.
        let at = lineStart;
        while (at < lineEnd && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
        if (text.charCodeAt(at) === 0xb6) at += text.charCodeAt(at + 1) === 32 ? 2 : 1;
        if (goesOn) at = skipWhite(text, at + 1, lineEnd);
        /** The text of [from, to), in pieces cut where a comment aside starts or ends. */
        const pushText = (from: number, to: number): void => {
          let a = from;
          for (const x of asides) {
            for (const edge of [x.start, x.end]) {
              if (edge > a && edge < to) {
                current.push({ text: uncut(a, edge), aside: inAside(a) });
                a = edge;
              }
            }
          }
          current.push({ text: uncut(a, to), aside: inAside(a) });
        };
        while (k < mentions.length && mentions[k].end <= lineEnd) {
          const m = mentions[k++];
          if (m.start < at) continue;
          pushText(at, m.start);
          current.push({ text: text.slice(m.start, m.end), mention: m.mention, portion: m.portion, aside: inAside(m.start) });
          at = m.end;
        }
        pushText(at, lineEnd);
      }
    }
    while (k < mentions.length && mentions[k].start < nextStart) k++;
    if (ruleAfter) {
      blank = true;
      ruled = true;
    }
    lineStart = nextStart;
  }
  flush();
  return blocks;
}

/** A rule of five dashes or more after a space at the end of a line, maybe broken (`----- -`). */
const TRAILING_RULE = /\s-{5,}(?:\s+-+)*\s*$/;

/** The offset after the last character of `text[from, to)` that is no white space. */
function trimEndAt(text: string, from: number, to: number): number {
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 13)) to--;
  return to;
}

/** The first offset from `at` (before `end`) that is no space or tab. */
function skipWhite(text: string, at: number, end: number): number {
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** Collapses white space across a block's plain runs and trims its ends; drops empty runs. */
function normalize(runs: Run[]): Run[] {
  const out: Run[] = [];
  let lastSpace = true;
  for (const r of runs) {
    if (r.mention || r.portion) {
      out.push(r);
      lastSpace = false;
      continue;
    }
    let t = r.text.replace(/\s+/g, ' ');
    if (lastSpace && t.startsWith(' ')) t = t.slice(1);
    if (!t) continue;
    lastSpace = t.endsWith(' ');
    const previous = out[out.length - 1];
    // (A space between an aside and the text goes with the text around it.)
    const aside = t === ' ' && previous ? previous.aside : r.aside;
    if (previous && !previous.mention && !previous.portion && !!previous.aside === !!aside) previous.text += t;
    else out.push(aside ? { text: t, aside } : { text: t });
  }
  const last = out[out.length - 1];
  if (last && !last.mention && !last.portion) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  return out;
}

function lineOf(offset: number, cache: number[]): number {
  let lo = 0;
  let hi = cache.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cache[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ------------------------------------------------------------ rendering

function renderBanner(b: BannerLine | null, fallback: Cable['classification'], position: 'top' | 'bottom', line: number | null, sectionTotal = 0): HTMLElement {
  const level = b?.level ?? fallback.level;
  const caveats = b ? [...new Set([...b.caveats, ...fallback.caveats])] : fallback.caveats;
  const banner = el('div', `banner ${position} ${levelClass(level)}`);
  // Level and caveats as one word, `SECRET//NOFORN`: the banner spaces its parts apart.
  const name = el('span', 'banner-level', level ?? 'NO CLASSIFICATION');
  if (caveats.length) name.appendChild(el('span', 'banner-caveats', `//${caveats.join('//')}`));
  banner.appendChild(name);
  // The sticky top banner stands over every section as it scrolls: it says how many there are, not which one the
  // first banner named (`section 1 of 8` would stay up over section 5). The count is the banners': an old printout's
  // first banner names no section (`CONFIDENTIAL` over its page top, then `… SECTION 01 OF 03`, 90CAPETOWN97).
  const total = position === 'top' ? Math.max(b?.section?.total ?? 0, sectionTotal) : 0;
  if (total > 1) {
    const sections = el('span', 'banner-section', `${total} sections`);
    sections.title = `sent in ${total} sections, one after the other in this text`;
    banner.appendChild(sections);
  }
  if (line !== null) banner.dataset.line = String(line);
  return banner;
}

function metaRow(list: HTMLElement, label: string, value: string | Node | null, line?: number): void {
  if (value === null || value === '') return;
  const dt = el('dt', undefined, label);
  const dd = el('dd');
  if (typeof value === 'string') dd.textContent = value;
  else dd.appendChild(value);
  if (line !== undefined) dd.dataset.line = String(line);
  list.append(dt, dd);
}

/**
 * A list of addressees, the first `shown` of them, then the rest in a `<details>` that opens on `and N more`.
 */
function addresseeList(names: readonly string[], shown: number): Node {
  const list = el('div', 'addressees');
  // One more name takes no more room than `and 1 more`.
  if (names.length === shown + 1) shown++;
  list.appendChild(el('span', undefined, names.slice(0, shown).join('; ')));
  if (names.length > shown) {
    const rest = names.slice(shown);
    const more = el('details', 'more');
    const summary = el('summary', undefined, `and ${rest.length} more`);
    summary.title = rest.join('; ');
    more.append(summary, el('div', 'more-list', rest.join('; ')));
    list.appendChild(more);
  }
  return list;
}

function findingMarks(findings: PreviewFinding[]): HTMLElement | null {
  if (findings.length === 0) return null;
  const margin = el('div', 'margin');
  const worst = ['error', 'warning', 'info', 'hint'].find((s) => findings.some((f) => f.severity === s))!;
  const mark = el('span', `mark severity-${worst}`, worst === 'error' ? '✖' : worst === 'warning' ? '▲' : worst === 'info' ? 'ℹ' : '•');
  mark.title = findings.map((f) => `${f.severity}: ${f.message} (${f.code})`).join('\n');
  mark.setAttribute('aria-label', `${findings.length} finding${findings.length === 1 ? '' : 's'}`);
  mark.tabIndex = 0;
  margin.appendChild(mark);
  const list = el('ul', 'findings');
  for (const f of findings) {
    const item = el('li', `severity-${f.severity}`);
    item.appendChild(el('span', 'finding-message', f.message));
    item.appendChild(el('span', 'finding-code', f.code));
    list.appendChild(item);
  }
  margin.appendChild(list);
  return margin;
}

/**
 * What `E.O. 12958: N/A` says: the order does not apply, as on an unclassified (or Limited Official Use) cable; on a
 * classified one that is irregular.
 */
function notApplicable(level: Level | null): string {
  switch (level) {
    case 'UNCLASSIFIED':
      return 'N/A — not applicable (unclassified)';
    case 'LIMITED OFFICIAL USE':
      return 'N/A — not applicable (Limited Official Use is not classified)';
    case null:
      return 'N/A — not applicable';
    default:
      return `N/A — not applicable, which is irregular on a ${level} cable`;
  }
}

function badge(p: PortionMarking | null, fallback: string | null): HTMLElement | null {
  if (!p && !fallback) return null;
  const b = el('span', `badge ${p?.recognized ? levelClass(p.level) : 'level-unknown'}`, p ? p.written : fallback!);
  b.title = p?.recognized ? `${p.level}${p.caveats.length ? ` · ${p.caveats.join(', ')}` : ''}` : 'unrecognised marking';
  return b;
}

/** The badge of a marking that stands in running text or a heading (`¶A. (S/NF) …`, `(S/REL NATO) FOR WARSAW`). */
function inlineBadge(p: PortionMarking): HTMLElement {
  const b = badge(p, null)!;
  b.classList.add('inline');
  return b;
}

function render(model: CableModelResult): void {
  const { cable, text } = model;
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const line = (offset: number) => lineOf(offset, starts);
  const findingsIn = (span: Span) => model.findings.filter((f) => f.start >= span.start && f.start <= span.end);
  const used = new Set<PreviewFinding>();
  const claim = (list: PreviewFinding[]) => {
    for (const f of list) used.add(f);
    return list;
  };

  const page = el('article', 'cable');
  const top = cable.banners.find((b) => b.position === 'top') ?? null;
  const bottom = [...cable.banners].reverse().find((b) => b.position === 'bottom') ?? null;
  const sectionTotal = cable.banners.reduce((n, x) => Math.max(n, x.section?.total ?? 0), 0);
  page.appendChild(renderBanner(top, cable.classification, 'top', top ? line(top.start) : 0, sectionTotal));

  // Metadata block.
  const header = el('header', 'meta');
  const title = el('h1', 'subject');
  // The subject line's portion marking (`SUBJECT: (S/NF) …`) as a badge before the title.
  if (cable.subjectLine?.portion) title.append(inlineBadge(cable.subjectLine.portion), ' ');
  title.append(cable.subject ?? '(no subject)');
  if (cable.subjectLine) title.dataset.line = String(line(cable.subjectLine.start));
  header.appendChild(title);
  if (cable.partialExtract) {
    // WikiLeaks published only part of this cable: say so before anything is read as the whole of it.
    const note = el('p', 'notice partial-extract');
    note.setAttribute('role', 'note');
    note.append(el('strong', undefined, 'Partial extract.'), document.createTextNode(' The full text of the original cable is not available: this record is only part of it.'));
    note.title = cable.partialExtract.text;
    header.appendChild(note);
  }
  const meta = el('dl');
  metaRow(meta, 'Reference', cable.referenceId ? `${cable.referenceId}${cable.referenceIdBasis === 'decl' ? ' (year guessed from DECL)' : ''}` : null);
  metaRow(meta, 'Date', cable.date ? formatDate(cable.date) : null);
  metaRow(meta, 'From', cable.origin);
  const addressees = cable.routing?.addressees ?? [];
  // A Department cable to twenty-seven posts lists them like its information addressees.
  const to = addressees.filter((a) => a.role === 'TO').map((a) => a.name);
  metaRow(meta, 'To', to.length ? addresseeList(to, 6) : null);
  const info = addressees.filter((a) => a.role === 'INFO').map((a) => a.name);
  metaRow(meta, 'Info', info.length ? addresseeList(info, 6) : null);
  metaRow(meta, 'Captions', [...new Set(cable.captions.map((c) => c.caption))].join(', ') || null);
  const written = cable.headerNotes.filter((n) => !n.distribution);
  if (written.length) {
    // Passing and distribution instructions (`STATE FOR EUR/WE`), one per line as written.
    const notes = el('div', 'notes');
    for (const n of written) notes.appendChild(el('div', undefined, n.text));
    metaRow(meta, 'Notes', notes, line(written[0].start));
  }
  // The receiving post's printout of the offices the copy went to (`INFO LOG-00 EEB-00 …`), apart from the notes.
  const printout = cable.headerNotes.filter((n) => n.distribution);
  if (printout.length) metaRow(meta, 'Distribution', el('div', 'distribution', printout.map((n) => n.text).join(' ')), line(printout[0].start));
  const eo = cable.executiveOrder;
  if (eo) {
    const d = eo.decl;
    const decl = !d
      ? 'no DECL'
      : d.kind === 'date' && d.date
        ? `declassify on ${formatDate(d.date)}`
        : d.kind === 'n/a'
          ? notApplicable(cable.classification.level)
          : d.kind === 'declassified'
            ? `declassified${d.date ? ` on ${formatDate(d.date)}` : ''} by a later review (${d.written})`
            : d.kind === 'downgrade' && d.date
              ? `downgrade to ${d.downgradeTo?.level ?? d.downgradeTo?.written ?? '?'} on ${formatDate(d.date)} (${d.written}; no declassification date)`
              : eo.declKeyword
                ? `DECL ${d.written}`
                : d.written;
    metaRow(meta, 'E.O.', `${model.executiveOrder ?? `E.O. ${eo.order ?? '?'}`} — ${decl}`, line(eo.start));
  }
  const cb = cable.classifiedBy;
  if (cb) {
    const letters = cb.reasons.map((r) => `(${r.letter}) ${model.reasons[r.letter] ?? ''}`.trim()).join('; ');
    const reasons = cb.reasonSection ? `section ${cb.reasonSection.value}: ${letters}` : letters ? `${letters} (section not given)` : 'no reason given';
    metaRow(meta, 'Classified by', `${cb.classifier ?? '?'} — ${reasons}`, line(cb.start));
  }
  header.appendChild(meta);

  if (cable.tags.length) {
    const chips = el('div', 'tags');
    if (cable.tagsLine) chips.dataset.line = String(line(cable.tagsLine.start));
    const freeText = (k: number) => model.tags[cable.tags[k].code]?.meaning?.startsWith('not a TAGS code') === true;
    for (let k = 0; k < cable.tags.length; k++) {
      const t = cable.tags[k];
      const info = model.tags[t.code];
      // Words that are no TAGS code, typed one after the other (`COUNTER TERRORISM`, 05SANAA923): one chip, as one
      // phrase; its tooltip says what it is.
      if (freeText(k)) {
        let last = k;
        while (last + 1 < cable.tags.length && freeText(last + 1) && /^[ \t]+$/.test(text.slice(cable.tags[last].end, cable.tags[last + 1].start))) last++;
        const words = cable.tags.slice(k, last + 1).map((x) => x.code).join(' ');
        const chip = el('span', 'chip kind-unknown free-text', words);
        chip.title = `${words}: ${info!.meaning!.replace(` (${words})`, '')}`;
        chips.appendChild(chip);
        k = last;
        continue;
      }
      const chip = el('span', `chip kind-${t.kind}`, t.code);
      chip.title = info?.meaning ? `${t.kind} tag: ${info.meaning}` : `${t.kind} tag; meaning not in the bundled tables`;
      chips.appendChild(chip);
    }
    header.appendChild(chips);
  }
  const refs = cable.references?.references ?? [];
  if (refs.length) {
    const list = el('ul', 'refs');
    list.id = 'refs';
    list.dataset.line = String(line(cable.references!.start));
    for (const [i, r] of refs.entries()) {
      const item = el('li');
      item.id = `ref-${i}`;
      const known = r.canonicalId ? model.workspaceCables[r.canonicalId] : undefined;
      // As written, without the `¶` the published text put before some letters (`¶B. ANKARA 6251`), its letter once.
      const written = refEntryAsWritten(r.written);
      if (known) {
        item.appendChild(cableLink(written, r.canonicalId!, known));
      } else {
        item.appendChild(el('span', undefined, written));
        if (r.canonicalId) item.appendChild(el('span', 'ref-id', ` (${r.canonicalId})`));
      }
      list.appendChild(item);
    }
    header.appendChild(list);
  }
  if (model.citedBy.length) {
    // The cables of the workspace that cite this one, each a link to its file.
    const cited = el('div', 'cited-by');
    cited.appendChild(el('span', 'cited-by-label', 'Cited by'));
    const list = el('ul', 'refs');
    for (const c of model.citedBy) {
      const item = el('li');
      item.appendChild(cableLink(c.id, c.id, c));
      if (c.subject) item.appendChild(el('span', 'ref-id', ` ${c.subject}`));
      list.appendChild(item);
    }
    cited.appendChild(list);
    header.appendChild(cited);
  }
  const headerFindings = cable.header ? claim(findingsIn(cable.header)) : [];
  const headerMarks = findingMarks(headerFindings);
  if (headerMarks) header.appendChild(headerMarks);
  page.appendChild(header);

  // Body: headings and paragraphs in order, summaries set apart.
  const body = el('main', 'body');
  // Page lines, SIPDIS repeated in the text and the banners repeated at page breaks (`CONFIDENTIAL`, 90CAPETOWN97) are
  // no words of the text.
  // (And the lines the transmission repeated with a `Q` before them, 10BAGHDAD70.)
  const skip = [...cable.pageLines, ...cable.bodyCaptions, ...cable.banners.filter((b) => b.position === 'section'), ...cable.issues.filter((x) => x.code === 'line-repeated')];
  // Mentions become links, and the markings of lettered sub-paragraphs (`¶A. (C) …`) badges, in the text.
  const specials: Special[] = [
    ...model.mentions.map((m) => ({ start: m.start, end: m.end, mention: m })),
    ...cable.subParagraphs.flatMap((s) => (s.portion?.recognized ? [{ start: s.portion.start, end: s.portion.end, portion: s.portion }] : [])),
    ...cable.looseMarkings.map((m) => ({ start: m.start, end: m.end, portion: m })),
  ].sort((a, b) => a.start - b.start);
  const subStarts = new Set(cable.subParagraphs.map((s) => s.start));
  const runNode = (r: Run): Node => {
    const node = plainRunNode(r);
    if (!r.aside) return node;
    const aside = el('span', 'aside-comment');
    aside.title = "The post's comment";
    aside.append(node);
    return aside;
  };
  const plainRunNode = (r: Run): Node => {
    if (r.mention) return mentionLink(cable, r);
    if (r.portion) return inlineBadge(r.portion);
    if (!r.text.includes('--')) return document.createTextNode(r.text);
    // A double hyphen stands for a dash: kept whole on its line (a browser may break after a hyphen, `attack -` /
    // `- she succeeded`, 09BERLIN1108).
    const pieces = document.createDocumentFragment();
    for (const [k, piece] of r.text.split(/(-{2,})/).entries()) if (piece) pieces.append(k % 2 ? el('span', 'dash', piece) : document.createTextNode(piece));
    return pieces;
  };
  const blocks: Block[] = cable.blocks;
  // A paragraph the summary opens in or runs through; not one that only holds the summary of a document it quotes
  // further down (`SUMMARY` … `END SUMMARY` inside the non-paper of ¶7, 09STATE83026), nor one that ends before a
  // summary heading under it (`¶1. CONFIDENTIAL - ENTIRE TEXT.` over `SUMMARY`, 90CAPETOWN97).
  const summaryOf = (p: Paragraph) => blocks.find((b) => b.kind === 'summary' && b.start < Math.min(p.start + 120, p.end) && b.end >= p.start);
  // A paragraph a comment opens at its start or runs through (`¶9. (C) Comment: …`, or the paragraphs between
  // `COMMENT:` and `END COMMENT`); not one with a comment aside inside it (`… (Comment: … End comment.) …`).
  const commentOf = (p: Paragraph) => {
    const textStart = p.portion ? Math.max(p.portion.end, p.numberSpan.end) : p.numberSpan.end;
    return blocks.some(
      (b) => b.kind === 'comment' && ((b.start >= textStart && b.start < p.end && /^[\s(]*(?:[A-Za-z]+\s+){0,2}$/.test(text.slice(textStart, b.start))) || (b.start < p.start && b.end > p.numberSpan.end)),
    );
  };
  // The comments set inside a paragraph's text, after some of it (`… in the peace talks. COMMENT: The Embassy has not
  // received any such indications. END COMMENT.`, 06MADRID766; `(Comment: … End comment.)`): set apart in the text.
  const asidesOf = (p: Paragraph): Span[] => {
    const textStart = p.portion ? Math.max(p.portion.end, p.numberSpan.end) : p.numberSpan.end;
    return blocks.filter((b) => b.kind === 'comment' && b.style === 'inline' && b.start > textStart && b.start < p.end && !/^[\s(]*(?:[A-Za-z]+\s+){0,2}$/.test(text.slice(textStart, b.start)));
  };
  type Item = { start: number; node: HTMLElement };
  const items: Item[] = [];
  for (const h of cable.headings) {
    // A heading that opens with a portion marking (`(S/REL NATO) FOR WARSAW`): the marking as a badge.
    const marking = cable.looseMarkings.find((m) => m.start === h.start);
    const heading = el(h.within !== undefined ? 'h3' : 'h2', `heading kind-${h.kind}`, marking ? undefined : h.text);
    if (marking) {
      heading.append(inlineBadge(marking), document.createTextNode(` ${h.text.slice(h.text.indexOf(marking.written) + marking.written.length).trim()}`));
    }
    heading.dataset.line = String(h.line - 1);
    items.push({ start: h.start, node: heading });
  }
  for (const [i, p] of cable.paragraphs.entries()) {
    const box = el('section', 'paragraph');
    box.id = `paragraph-${i}`;
    box.dataset.line = String(p.line - 1);
    const wholeComment = !summaryOf(p) && commentOf(p);
    if (summaryOf(p)) box.classList.add('summary');
    else if (wholeComment) box.classList.add('comment');
    // An item of a numbered list inside the paragraph before it: set in under that paragraph.
    if (p.listIn !== null) {
      box.classList.add('list-item');
      box.title = `item ${p.number} of a list in paragraph ${cable.paragraphs[p.listIn].number}`;
    }
    const head = el('div', 'para-head');
    head.appendChild(el('span', 'para-number', `${p.number}${p.subLetter ?? ''}.`));
    if (p.mangled) head.lastElementChild!.setAttribute('title', `written ${p.written}: the ¶ mark became a leading 1`);
    const b = badge(p.portion, p.marking);
    if (b) head.appendChild(b);
    box.appendChild(head);
    // After the marking, or after the number when the marking stands before it (`(C) 1. …`).
    // (Not the stop or colon typed after the marking: `¶7. (C). Prince Torki agreed …`, 10RIYADH118.)
    let textStart = p.portion ? Math.max(p.portion.end, p.numberSpan.end) : p.numberSpan.end;
    if (p.portion && (text.charCodeAt(textStart) === 46 || text.charCodeAt(textStart) === 58) && /\s/.test(text.charAt(textStart + 1))) textStart++;
    // A list of participants (`Participants:`, then `U.S.`, a name a line) keeps its lines.
    const lines = isParticipantsLead(p.lead);
    const content = el('div', lines ? 'para-text lines' : 'para-text');
    const blocks = readableRuns(text, { start: textStart, end: p.end }, skip, specials, lines, subStarts, wholeComment ? [] : asidesOf(p));
    for (const [k, { runs, afterBlank }] of blocks.entries()) {
      const para = el('p', lines && afterBlank ? 'gap' : undefined);
      // A title inside the paragraph, over the text after it: the titles of the talking points a paragraph quotes
      // (`Overview: Where We've Been, and Where We Are`, `Next Steps`, 10STATE9124).
      // (And the paragraph's own title, on the line of its number over a rule: `¶2. (S) The Regime’s Political Capital
      // is Tanking` / `-------`, 09ASMARA80.)
      if (!lines && k + 1 < blocks.length && (k > 0 ? afterBlank : titledOverRule(text, p.start)) && isInnerTitle(runs)) para.className = 'inner-title';
      for (const r of runs) para.appendChild(runNode(r));
      content.appendChild(para);
    }
    box.appendChild(content);
    const marks = findingMarks(claim(findingsIn(p)));
    if (marks) box.appendChild(marks);
    items.push({ start: p.start, node: box });
  }
  // Text that is in no paragraph (an unnumbered summary before ¶1, the body of a cable without numbered
  // paragraphs, lines between sections), where it stands.
  // (Gaps, headings and paragraphs come in text order: one pointer into each.)
  let headingAbove = -1;
  let paragraphAbove = -1;
  for (const gap of uncovered(cable, text.length)) {
    while (headingAbove + 1 < cable.headings.length && cable.headings[headingAbove + 1].end <= gap.start) headingAbove++;
    while (paragraphAbove + 1 < cable.paragraphs.length && cable.paragraphs[paragraphAbove + 1].start < gap.start) paragraphAbove++;
    // Under a heading that lists participants (`Participants` / `-----` / a name a line, 09BEIJING1634): a name a line.
    const above = headingAbove >= 0 ? cable.headings[headingAbove] : null;
    const names = !!above && isParticipantsLead(above.text) && !(paragraphAbove >= 0 && cable.paragraphs[paragraphAbove].start > above.end);
    for (const { runs, start } of readableRuns(text, gap, skip, specials, names, subStarts)) {
      if (!runs.some((r) => r.text.trim() !== '')) continue;
      const loose = el('p', names ? 'loose name' : 'loose');
      loose.dataset.line = String(line(start));
      if (blocks.some((b) => b.kind === 'summary' && b.start <= start && start < b.end)) loose.classList.add('summary');
      for (const r of runs) loose.appendChild(runNode(r));
      items.push({ start, node: loose });
    }
  }
  items.sort((a, b) => a.start - b.start);
  for (const i of items) body.appendChild(i.node);
  if (cable.signature) {
    const sig = el('div', 'signature', cable.signature.text);
    sig.dataset.line = String(cable.signature.line - 1);
    body.appendChild(sig);
  }
  // A record of another cable run on after the text (73TEHRAN2077): said where the text stops, not left out unsaid.
  const appendedIssue = cable.issues.find((i) => i.code === 'appended-record');
  if (appendedIssue) {
    const note = el('aside', 'appended-note', `${appendedIssue.message} It is not shown here.`);
    note.dataset.line = String(line(appendedIssue.start));
    note.title = 'Click to show it in the editor';
    const marks = findingMarks(claim(model.findings.filter((f) => f.start === appendedIssue.start)));
    if (marks) note.appendChild(marks);
    body.appendChild(note);
  }
  const rest = model.findings.filter((f) => !used.has(f));
  const restMarks = findingMarks(rest);
  if (restMarks) {
    const other = el('section', 'paragraph other-findings');
    other.appendChild(el('div', 'para-text', 'Other findings'));
    other.appendChild(restMarks);
    body.appendChild(other);
  }
  page.appendChild(body);
  page.appendChild(renderBanner(bottom ?? top, cable.classification, 'bottom', bottom ? line(bottom.start) : null));

  root.replaceChildren(page);
  document.title = cable.referenceId ?? 'Cable preview';
  lastVersion = model.version;
}

/** A link that opens a cable of the workspace in the editor. */
function cableLink(label: string, id: string, cable: { uri: string; subject: string | null }): HTMLElement {
  const a = el('a', 'ref-link', label);
  // A fragment that names no element: VS Code's webview scrolls a bare `#` link to the top.
  a.href = `#cable-${id}`;
  a.title = `Open ${id}${cable.subject ? `: ${cable.subject}` : ''}`;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    vscode.postMessage({ type: 'openCable', uri: cable.uri });
  });
  return a;
}

/**
 * The tooltip of a mention of a REF entry: the entry as written, without a stray `¶`, its letter said once
 * (`REF A. PARIS 7525`, not `REF A: A. PARIS 7525`).
 */
function referenceTitle(r: Reference): string {
  const written = withoutPilcrow(r.written);
  if (!r.letter) return `REF: ${written}`;
  // The entry as written starts with its letter (`A. PARIS 7525`, `(a) STATE 1234`): the letter is not said twice.
  const head = written.startsWith('(') ? written.slice(1) : written;
  const lettered = head.charAt(0).toUpperCase() === r.letter.toUpperCase() && /^[.):]/.test(head.slice(1));
  return lettered ? `REF ${written}` : `REF ${r.letter}: ${written}`;
}

/** A mention (`ref A`, `para 5`) as a link that brings its REF entry or paragraph into view and marks it briefly. */
function mentionLink(cable: Cable, run: Run): HTMLElement {
  const m = run.mention!;
  const a = el('a', `mention mention-${m.kind}`, run.text);
  const id = m.kind === 'reference' ? `ref-${m.target}` : m.kind === 'references' ? 'refs' : `paragraph-${m.target}`;
  // A fragment link: VS Code's webview host scrolls to the element a `#id` link names (and to the top for a bare `#`).
  a.href = `#${id}`;
  if (m.kind === 'reference') {
    const r = cable.references?.references[m.target];
    a.title = r ? referenceTitle(r) : '';
  } else if (m.kind === 'references') {
    a.title = 'All the references of this cable';
  } else {
    const p = cable.paragraphs[m.target];
    a.title = p ? `Paragraph ${p.number}${p.marking ? ` ${p.marking}` : ''}: ${p.lead.slice(0, 80)}` : '';
  }
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash');
    // Restart the animation on a second click.
    void target.offsetWidth;
    target.classList.add('flash');
  });
  return a;
}

// ------------------------------------------------------------ scroll sync and clicks

function elementsWithLines(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-line]'));
}

function scrollToLine(line: number): void {
  let best: HTMLElement | null = null;
  for (const e of elementsWithLines()) {
    if (Number(e.dataset.line) <= line) best = e;
    else break;
  }
  if (!best) return;
  suppressScrollUntil = Date.now() + 200;
  best.scrollIntoView({ block: 'start' });
}

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (Date.now() < suppressScrollUntil) return;
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    // At the top, the top of the cable; else the first element below the top banner, which sticks to the top of the
    // view and so is always in it.
    const covered = document.querySelector('.banner.top')?.getBoundingClientRect().bottom ?? 0;
    const first = window.scrollY <= 0 ? null : elementsWithLines().find((e) => !e.classList.contains('banner') && e.getBoundingClientRect().bottom > covered + 1);
    if (window.scrollY <= 0) {
      if (state) vscode.setState({ ...state, line: 0 });
      vscode.postMessage({ type: 'scrolled', line: 0 });
      return;
    }
    if (!first) return;
    const line = Number(first.dataset.line);
    if (state) vscode.setState({ ...state, line });
    vscode.postMessage({ type: 'scrolled', line });
  }, 50);
});

document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  if (target.closest('a')) return;
  const lined = target.closest<HTMLElement>('[data-line]');
  if (lined) vscode.postMessage({ type: 'revealLine', line: Number(lined.dataset.line) });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'render':
      if (message.model.version === lastVersion && root.childElementCount > 0 && state?.uri === message.model.uri) return;
      state = { ...(state ?? {}), uri: message.model.uri };
      vscode.setState(state);
      try {
        render(message.model);
      } catch (error) {
        // A model this script cannot read (an extension updated without reloading the window, or a bug): say so
        // instead of leaving the panel blank.
        lastVersion = -1;
        root.replaceChildren(el('p', 'error', `The preview could not be rendered: ${(error as Error)?.message ?? error}. Reload the window (Developer: Reload Window) if the extension was just updated.`));
      }
      break;
    case 'scrollToLine':
      scrollToLine(message.line);
      break;
    case 'error':
      root.replaceChildren(el('p', 'error', message.message));
      break;
  }
});

vscode.postMessage({ type: 'ready' });
