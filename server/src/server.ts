// The language server: capabilities, and one-line handlers that call the language service inside runSafe.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
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
import { CABLE_MODEL_METHOD, CABLE_RULES_METHOD, CABLE_SUMMARY_METHOD, DEFAULT_SETTINGS, type CableInitializationOptions, type CableModelParams, type CableSettings } from './protocol';
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
      },
      serverInfo: { name: 'cable-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
    if (hasWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{cable,txt}' }] });
    await refreshSettings().catch(() => undefined);
    const started = Date.now();
    await runtime.index.build(folders).catch((error) => connection.console.error(`indexing failed: ${error}`));
    for (const d of documents.all()) runtime.index.set(d.uri, service.getCable(d), d.getText());
    connection.console.info(`indexed ${runtime.index.size} cables in ${Date.now() - started} ms`);
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
    }
  });

  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    warnedTooLarge.delete(document.uri);
    service.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    if (document.uri.startsWith('file:')) void runtime.index.indexFile(fileURLToPath(document.uri)).catch(() => undefined);
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
