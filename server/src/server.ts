// The language server: capabilities, and one-line handlers that call the language service inside runSafe.

import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { createCableLanguageService } from './languageService';
import type { CableIndex } from './features/common';
import type { Cable } from './cable/model';
import { RENUMBER_KIND } from './features/codeActions';
import { flattenSymbols } from './features/documentSymbols';
import { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { RULES } from './cable/lint';
import { CABLE_CHECK_WORKSPACE_METHOD, CABLE_MODEL_METHOD, CABLE_RULES_METHOD, CABLE_SUMMARY_METHOD, DEFAULT_SETTINGS, type CableInitializationOptions, type CableModelParams, type CableSettings, type CheckWorkspaceParams, type CheckWorkspaceResult } from './protocol';
import type { RuleSettings } from './cable/lint';

/** What the server needs from its environment: the workspace index and the rules documentation. */
export interface ServerRuntime {
  index: CableIndex & {
    build(folders: readonly string[]): Promise<void>;
    fileChanged(uri: string, deleted: boolean): Promise<void>;
    set(uri: string, cable: Cable, text: string, citations?: 'now' | 'on-demand'): void;
    indexFile(file: string): Promise<void>;
    readonly size: number;
  };
  rulesDocUri: string | null;
  /** The text of a cable file of the workspace, or null when it cannot be read (missing, binary, too large). */
  readText(uri: string, maxBytes: number): Promise<string | null>;
}

/** Runs `fn`; on an error logs it and returns the fallback; on cancellation returns the fallback at once. */
export function runSafe<T>(connection: Connection, fn: () => T, fallback: T, what: string, token?: CancellationToken): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return fn();
  } catch (error) {
    connection.console.error(`${what} failed: ${(error as Error)?.stack ?? error}`);
    return fallback;
  }
}

/** Starts the Cable language server on a connection. */
export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  const service = createCableLanguageService({ index: runtime.index, rulesDocUri: runtime.rulesDocUri });
  let settings: CableSettings = DEFAULT_SETTINGS;
  let init: CableInitializationOptions = {};
  let hasConfiguration = false;
  let hasWatchers = false;
  let hierarchicalSymbols = true;
  let lensRefresh = false;
  /** Asks the client to ask again for code lenses: which cables cite which changes with the workspace index. */
  const refreshLenses = (): void => {
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };
  let folders: string[] = [];
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const warnedTooLarge = new Set<string>();

  const rules = (): RuleSettings => settings.rules as RuleSettings;
  const tooLarge = (document: TextDocument) => document.getText().length > settings.maxFileSizeMB * 1024 * 1024;

  /** Runs once typing pauses: the one parse of this version feeds the workspace index and the diagnostics. */
  const validate = (uri: string): void => {
    const document = documents.get(uri);
    if (!document) return;
    runSafe(connection, () => runtime.index.set(uri, service.getCable(document), document.getText()), undefined, 'index');
    if (tooLarge(document)) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      if (!warnedTooLarge.has(uri)) {
        warnedTooLarge.add(uri);
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Info,
          message: `${uri.replace(/^.*\//, '')} is larger than cable.maxFileSizeMB (${settings.maxFileSizeMB} MB): marking checks are off for it; the outline, hovers and folding still work.`,
        });
      }
      return;
    }
    const diagnostics = runSafe(connection, () => service.computeDiagnostics(document, rules()), [], 'diagnostics');
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };
  const schedule = (uri: string): void => {
    clearTimeout(timers.get(uri));
    const delay = init.diagnosticsDelayMs ?? 200;
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri);
      }, delay),
    );
  };
  /** The first build of the workspace index (a workspace check waits for it). */
  let indexed: Promise<unknown> = Promise.resolve();
  /** Closed files whose diagnostics a workspace check published, kept up to date until the check is cleared. */
  const checked = new Set<string>();
  /** Runs the rules on a closed file of the workspace and publishes its diagnostics; null when it cannot be read. */
  const checkClosed = async (uri: string): Promise<readonly Diagnostic[] | null> => {
    const text = await runtime.readText(uri, settings.maxFileSizeMB * 1024 * 1024).catch(() => null);
    if (documents.get(uri)) return null;
    if (text === null) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return null;
    }
    const document = TextDocument.create(uri, 'cable', 0, text);
    const diagnostics = runSafe(connection, () => service.computeDiagnostics(document, rules()), [], 'diagnostics');
    service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics;
  };
  const refreshSettings = async (): Promise<void> => {
    if (hasConfiguration) {
      const [cable] = (await connection.workspace.getConfiguration([{ section: 'cable' }])) as [Partial<CableSettings> | null];
      settings = { ...DEFAULT_SETTINGS, ...(cable ?? {}), rules: { ...(cable?.rules ?? {}) } };
    } else {
      settings = { ...DEFAULT_SETTINGS, ...(init.settings ?? {}) };
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as CableInitializationOptions;
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    hasWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hierarchicalSymbols = !!params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    lensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    settings = { ...DEFAULT_SETTINGS, ...(init.settings ?? {}) };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Cable' },
        hoverProvider: true,
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: [' ', '(', ',', '.'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_KIND] },
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'cable-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
    if (hasWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{cable,txt}' }] });
    const started = Date.now();
    indexed = (async () => {
      await refreshSettings().catch(() => undefined);
      await runtime.index.build(folders).catch((error) => connection.console.error(`indexing failed: ${error}`));
    })();
    await indexed;
    for (const d of documents.all()) runtime.index.set(d.uri, service.getCable(d), d.getText());
    connection.console.info(`indexed ${runtime.index.size} cables in ${Date.now() - started} ms`);
    refreshLenses();
    for (const d of documents.all()) schedule(d.uri);
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (!hasConfiguration) settings = { ...DEFAULT_SETTINGS, ...((change.settings?.cable ?? {}) as Partial<CableSettings>) };
    else await refreshSettings();
    for (const d of documents.all()) schedule(d.uri);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const c of changes) {
      if (documents.get(c.uri)) continue;
      await runtime.index.fileChanged(c.uri, c.type === FileChangeType.Deleted);
      if (!checked.has(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) {
        checked.delete(c.uri);
        void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      } else await checkClosed(c.uri);
    }
    refreshLenses();
  });

  connection.onRequest(CABLE_CHECK_WORKSPACE_METHOD, async (params: CheckWorkspaceParams | undefined, token): Promise<CheckWorkspaceResult> => {
    const result: CheckWorkspaceResult = { cables: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
    if (params?.clear) {
      for (const uri of checked) if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      checked.clear();
      return result;
    }
    const count = (diagnostics: readonly Diagnostic[]): void => {
      result.cables++;
      for (const d of diagnostics) {
        if (d.severity === DiagnosticSeverity.Error) result.errors++;
        else if (d.severity === DiagnosticSeverity.Warning) result.warnings++;
        else if (d.severity === DiagnosticSeverity.Information) result.infos++;
        else result.hints++;
      }
    };
    await indexed;
    const uris = [...new Set([...runtime.index.all()].map((c) => c.uri))].sort();
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const open = documents.get(uri);
      if (open) {
        if (!tooLarge(open)) count(runSafe(connection, () => service.computeDiagnostics(open, rules()), [], 'diagnostics'));
        continue;
      }
      const diagnostics = await checkClosed(uri);
      if (diagnostics === null) continue;
      checked.add(uri);
      count(diagnostics);
    }
    return result;
  });

  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    warnedTooLarge.delete(document.uri);
    service.forget(document.uri);
    if (document.uri.startsWith('file:')) void runtime.index.indexFile(fileURLToPath(document.uri)).catch(() => undefined);
    // A file the workspace check covers keeps its diagnostics, read again from the disk; any other is cleared.
    if (checked.has(document.uri)) void checkClosed(document.uri);
    else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(({ textDocument }, token) => {
    const d = documents.get(textDocument.uri);
    // A client that does not declare hierarchical symbols gets the flat form the protocol had before them.
    return d ? runSafe(connection, () => (hierarchicalSymbols ? service.findDocumentSymbols(d) : flattenSymbols(d.uri, service.findDocumentSymbols(d))), [], 'documentSymbol', token) : [];
  });
  connection.languages.semanticTokens.on(({ textDocument }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.getSemanticTokens(d), { data: [] }, 'semanticTokens', token) : { data: [] };
  });
  connection.onCodeLens(({ textDocument }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.getCodeLenses(d), [], 'codeLens', token) : [];
  });
  connection.onHover(({ textDocument, position }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.doHover(d, position), null, 'hover', token) : null;
  });
  connection.onFoldingRanges(({ textDocument }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.getFoldingRanges(d), [], 'foldingRanges', token) : [];
  });
  connection.onCompletion(({ textDocument, position }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.doComplete(d, position), null, 'completion', token) : null;
  });
  connection.onCodeAction(({ textDocument, range, context }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => (tooLarge(d) ? [] : service.getCodeActions(d, range, context, rules(), { canDisableRule: !!init.supportsDisableRule })), [], 'codeAction', token) : [];
  });
  connection.onDocumentLinks(({ textDocument }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.findDocumentLinks(d), [], 'documentLinks', token) : [];
  });
  connection.onDefinition(({ textDocument, position }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.findDefinition(d, position), [], 'definition', token) : [];
  });
  connection.onReferences(({ textDocument, position, context }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.findReferences(d, position, context.includeDeclaration), [], 'references', token) : [];
  });
  connection.onDocumentHighlight(({ textDocument, position }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.findDocumentHighlights(d, position), [], 'documentHighlight', token) : [];
  });
  connection.onSelectionRanges(({ textDocument, positions }, token) => {
    const d = documents.get(textDocument.uri);
    return d ? runSafe(connection, () => service.getSelectionRanges(d, positions), [], 'selectionRange', token) : [];
  });
  connection.onWorkspaceSymbol(({ query }, token) => runSafe(connection, () => service.findWorkspaceSymbols(query), [], 'workspaceSymbol', token));
  connection.onRequest(CABLE_MODEL_METHOD, ({ uri }: CableModelParams, token) => {
    const d = documents.get(uri);
    return d ? runSafe(connection, () => service.getPreviewModel(d, rules()), null, 'cable/model', token) : null;
  });

  connection.onRequest(CABLE_SUMMARY_METHOD, ({ uri }: CableModelParams, token) => {
    const d = documents.get(uri);
    return d ? runSafe(connection, () => service.getSummary(d), null, 'cable/summary', token) : null;
  });

  connection.onRequest(CABLE_RULES_METHOD, () => RULES.map((r) => ({ code: r.code, defaultSeverity: r.defaultSeverity, description: r.description })));

  documents.listen(connection);
  connection.listen();
}
