// An LSP test client: the real Cable server and a JSON-RPC client connected through a PassThrough pair (in
// process), or a spawned `cable-language-server --stdio`. Waits are on events with deadlines, never sleeps.

import { PassThrough } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/server';
import { WorkspaceIndex } from '../../server/src/node/workspaceIndex';
import { rulesDocumentUri } from '../../server/src/node/paths';
import { readWorkspaceCable } from '../../server/src/node/readCable';

export interface ClientOptions {
  rootUri?: string | null;
  /** Settings answered to `workspace/configuration` for the `cable` section; null: the client has no configuration. */
  settings?: Record<string, unknown> | null;
  initializationOptions?: Record<string, unknown>;
  /** Spawn this server script with --stdio instead of running the server in process. */
  spawnScript?: string;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly listeners = new Set<() => void>();
  private settings: Record<string, unknown> | null;
  private child: ChildProcess | null = null;
  initializeResult: InitializeResult | null = null;

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings === undefined ? {} : options.settings;
    if (options.spawnScript) {
      this.child = spawn(process.execPath, [options.spawnScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    } else {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
      startServer(server, { index: new WorkspaceIndex(), rulesDocUri: rulesDocumentUri(), readText: readWorkspaceCable });
      this.connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.notify();
    });
    this.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      this.messages.push(m);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (m: { message: string }) => {
      this.logs.push(m.message);
      this.notify();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'cable' ? this.settings : null)));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations) this.registrations.push(r.method);
      this.notify();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Resolves when `check` returns a value (checked on every message from the server), or rejects at the deadline. */
  waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const v = check();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(attempt);
      };
      this.listeners.add(attempt);
      attempt();
    });
  }

  async initialize(capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
    const workspace = this.settings === null ? {} : { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } };
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      // In process, no processId: the server would otherwise watch (and on exit end) this very process.
      processId: this.child ? process.pid : null,
      rootUri: this.options.rootUri ?? null,
      workspaceFolders: this.options.rootUri ? [{ uri: this.options.rootUri, name: 'root' }] : null,
      capabilities: { workspace, textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } }, ...capabilities },
      initializationOptions: { diagnosticsDelayMs: 20, ...(this.options.initializationOptions ?? {}) },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** All diagnostics publications for a URI so far. */
  publications(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  /** Waits for a publication for `uri` (of at least `version`) that satisfies `predicate`. */
  diagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const list = this.publications(uri);
      const last = list[list.length - 1];
      if (!last || (version !== undefined && (last.version ?? 0) < version)) return null;
      return predicate(last.diagnostics) ? last.diagnostics : null;
    });
  }

  setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: settings } });
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      // `exit` ends the server's process: only for a spawned server, never for one running inside the tests.
      if (this.child) await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    if (this.child) {
      const child = this.child;
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill();
          resolve();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
