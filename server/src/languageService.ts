// createCableLanguageService(): every feature behind one frozen object, with the parse cache keyed by (uri, version).

import type { CodeAction, CodeActionContext, CodeLens, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SelectionRange, SemanticTokens, SymbolInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable } from './cable/model';
import { parseCable } from './cable/parse';
import { lintCable, type Finding, type RuleSettings } from './cable/lint';
import { TAG_TYPOS, nonTag, tagInfo } from './cable/knowledge/tags';
import { executiveOrder, reasonCategory } from './cable/knowledge/orders';
import { EMPTY_INDEX, type CableIndex } from './features/common';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideSelectionRanges } from './features/selectionRanges';
import { provideHover } from './features/hover';
import { toDiagnostics } from './features/diagnostics';
import { provideCodeActions, type CodeActionOptions } from './features/codeActions';
import { provideFoldingRanges } from './features/folding';
import { provideCompletion } from './features/completion';
import { cableCitations, provideDefinition, provideDocumentHighlights, provideDocumentLinks, provideReferences } from './features/links';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { provideSemanticTokens } from './features/semanticTokens';
import { provideCodeLenses } from './features/codeLens';
import type { CableModelResult, CableSummaryResult, PreviewMention } from './protocol';
import { findMentions } from './cable/mentions';
import { reasonSectionOf } from './cable/lint/facts';

export interface CableLanguageServiceOptions {
  /** The workspace's cables, for links, definitions and workspace symbols. */
  index?: CableIndex;
  /** URI of docs/rules.md, linked from each diagnostic. */
  rulesDocUri?: string | null;
}

export interface CableLanguageService {
  /** The parsed model of a document, parsed once per version. */
  getCable(document: TextDocument): Cable;
  /** The findings of the rules for a document under settings, computed once per version and settings. */
  getFindings(document: TextDocument, rules: RuleSettings): readonly Finding[];
  computeDiagnostics(document: TextDocument, rules: RuleSettings): Diagnostic[];
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  doHover(document: TextDocument, position: Position): Hover | null;
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext, rules: RuleSettings, options: CodeActionOptions): CodeAction[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  doComplete(document: TextDocument, position: Position): CompletionList;
  findDocumentLinks(document: TextDocument): DocumentLink[];
  findDefinition(document: TextDocument, position: Position): Location[];
  /** Every place in the workspace that cites the cable id under the cursor. */
  findReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  /** A REF entry or paragraph under the cursor, and its mentions in the body (`ref A`, `para 5`). */
  findDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  /** Expand Selection: the element under each position, its line or paragraph, its section, and outwards. */
  getSelectionRanges(document: TextDocument, positions: readonly Position[]): SelectionRange[];
  findWorkspaceSymbols(query: string): SymbolInformation[];
  /** What the grammar cannot see line by line: headings, the signature, page lines (legend in features/semanticTokens). */
  getSemanticTokens(document: TextDocument): SemanticTokens;
  /** Above the top banner, the number of cables of the workspace that cite this one. */
  getCodeLenses(document: TextDocument): CodeLens[];
  getPreviewModel(document: TextDocument, rules: RuleSettings): CableModelResult;
  getSummary(document: TextDocument): CableSummaryResult;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

interface Entry {
  version: number;
  text: string;
  cable: Cable;
  findings?: { key: string; findings: readonly Finding[] };
}

/** Creates the language service. Nothing in it knows about transports. */
export function createCableLanguageService(options: CableLanguageServiceOptions = {}): CableLanguageService {
  const index = options.index ?? EMPTY_INDEX;
  const docsUri = options.rulesDocUri ?? null;
  const cache = new Map<string, Entry>();

  const entry = (document: TextDocument): Entry => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const fresh: Entry = { version: document.version, text, cable: parseCable(text, { fileName: document.uri }) };
    cache.set(document.uri, fresh);
    return fresh;
  };
  const getCable = (document: TextDocument) => entry(document).cable;
  const getFindings = (document: TextDocument, rules: RuleSettings): readonly Finding[] => {
    const e = entry(document);
    const key = JSON.stringify(rules);
    if (e.findings?.key !== key) e.findings = { key, findings: lintCable(e.cable, e.text, rules) };
    return e.findings.findings;
  };

  const service: CableLanguageService = {
    getCable,
    getFindings,
    computeDiagnostics: (document, rules) => toDiagnostics(document, getFindings(document, rules), docsUri),
    findDocumentSymbols: (document) => provideDocumentSymbols(document, getCable(document)),
    doHover: (document, position) => provideHover(document, position, getCable(document), index),
    getCodeActions: (document, range, context, rules, actionOptions) => provideCodeActions(document, range, context, getCable(document), getFindings(document, rules), actionOptions),
    getFoldingRanges: (document) => provideFoldingRanges(document, getCable(document)),
    doComplete: (document, position) => provideCompletion(document, position, getCable(document)),
    findDocumentLinks: (document) => provideDocumentLinks(document, getCable(document), index),
    findDefinition: (document, position) => provideDefinition(document, position, getCable(document), index),
    findReferences: (document, position, includeDeclaration) => provideReferences(document, position, getCable(document), index, includeDeclaration),
    findDocumentHighlights: (document, position) => provideDocumentHighlights(document, position, getCable(document)),
    getSelectionRanges: (document, positions) => provideSelectionRanges(document, getCable(document), positions),
    findWorkspaceSymbols: (query) => provideWorkspaceSymbols(query, index),
    getSemanticTokens: (document) => provideSemanticTokens(document, getCable(document)),
    getCodeLenses: (document) => provideCodeLenses(document, getCable(document), index),
    getPreviewModel: (document, rules) => previewModel(document, getCable(document), getFindings(document, rules), index),
    getSummary: (document) => {
      const cable = getCable(document);
      return { uri: document.uri, version: document.version, referenceId: cable.referenceId, classification: cable.classification, subject: cable.subject };
    },
    forget: (uri) => {
      cache.delete(uri);
    },
  };
  return Object.freeze(service);
}

function previewModel(document: TextDocument, cable: Cable, findings: readonly Finding[], index: CableIndex): CableModelResult {
  const text = document.getText();
  const tags: CableModelResult['tags'] = {};
  for (const t of cable.tags) {
    // (A misspelt tag says which it stands for: `RU`, a misspelling of RS.)
    const meant = TAG_TYPOS.get(t.code);
    // (And a word that is no tag says what it is: `ITALY`, a free-text keyword.)
    const not = nonTag(t.code);
    const misspelt = meant ? `a misspelling of ${meant.split(' ').map((m) => withMeaning(m, tagInfo(m)?.meaning)).join(' and ')}` : null;
    tags[t.code] = { kind: t.kind, meaning: tagInfo(t.code)?.meaning ?? misspelt ?? (not ? `not a TAGS code: ${not}` : null) };
  }
  const workspaceCables: CableModelResult['workspaceCables'] = {};
  for (const c of cableCitations(cable, text)) {
    const found = index.get(c.id);
    if (found && found.uri !== document.uri) workspaceCables[c.id] = { uri: found.uri, subject: found.subject };
  }
  const citedBy: CableModelResult['citedBy'] = [];
  if (cable.referenceId) {
    for (const c of index.all()) if (c.uri !== document.uri && c.cites.some((x) => x.id === cable.referenceId)) citedBy.push({ id: c.id, uri: c.uri, subject: c.subject });
    citedBy.sort((a, b) => a.id.localeCompare(b.id));
  }
  const reasons: Record<string, string> = {};
  const section = reasonSectionOf(cable)?.value;
  if (section) for (const r of cable.classifiedBy!.reasons) reasons[r.letter] = reasonCategory(section, r.letter) ?? 'not a category of this section';
  return {
    uri: document.uri,
    version: document.version,
    text,
    cable,
    findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, start: f.start, end: f.end, line: document.positionAt(f.start).line })),
    tags,
    workspaceCables,
    citedBy,
    reasons,
    bannerLines: cable.banners.map((b) => document.positionAt(b.start).line),
    executiveOrder: executiveOrder(cable.executiveOrder?.order)?.title ?? null,
    mentions: previewMentions(cable, text),
  };
}

/** The mentions of REF entries and paragraphs, one per span (the letters inside `A-C` share the span of the range). */
function previewMentions(cable: Cable, text: string): PreviewMention[] {
  const found = findMentions(cable, text);
  const out: PreviewMention[] = [];
  for (const m of found.references) out.push(m.all ? { start: m.start, end: m.end, kind: 'references', target: -1 } : { start: m.start, end: m.end, kind: 'reference', target: m.reference });
  for (const m of found.paragraphs) out.push({ start: m.start, end: m.end, kind: 'paragraph', target: m.paragraph });
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // One per span, and none overlapping the one before (the whole range of `A-C` after its first letter).
  const kept: PreviewMention[] = [];
  for (const m of out) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/** `RS (Russia)`: a tag with its meaning, when the tables give one. */
function withMeaning(code: string, meaning: string | undefined): string {
  return meaning ? `${code} (${meaning})` : code;
}
