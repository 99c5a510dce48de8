// LSP round trips through the protocol against the spawned server (dist/server.js over Node IPC or --stdio), on a
// large cable.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** A synthetic cable of about `bytes` characters: a full header and ~200-character paragraphs. */
export function syntheticCable(bytes: number): string {
  const head = [
    'VZCZCXRO1234',
    'O 010549Z MAR 08',
    'FM AMEMBASSY MUSCAT',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234',
    '',
    'C O N F I D E N T I A L SECTION 01 OF 02 MUSCAT 000174',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 03/01/2018',
    'TAGS: PREL PGOV MU IR',
    'SUBJECT: A LARGE SYNTHETIC CABLE FOR BENCHMARKS',
    '',
    'Classified By: Ambassador Gary Grappo for reasons 1.4 (b) and (d).',
    '',
  ];
  const lines = [...head];
  let size = lines.join('\n').length;
  for (let n = 1; size < bytes; n++) {
    if (n % 50 === 0) lines.push(`Section ${n / 50}`, '');
    const p = `${n}. (C) The minister told the ambassador on ${n % 28 + 1} March that the government would consider the proposal carefully, and that the cabinet would meet to discuss it with the partners of the coalition in due course.`;
    lines.push(p, '');
    size += p.length + 2;
  }
  lines.push('GRAPPO');
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface LspBenchResult {
  bytes: number;
  paragraphs: number;
  didChangeToDiagnostics: number;
  documentSymbol: number;
  hover: number;
  /** Size of the documentSymbol response's JSON. */
  symbolBytes: number;
}

/**
 * How the client talks to the server: `ipc` is the Node IPC channel VS Code's client uses for this extension
 * (TransportKind.ipc), `stdio` the pipes other editors use (`cable-language-server --stdio`).
 */
export type LspTransport = 'ipc' | 'stdio';

function startServer(serverScript: string, transport: LspTransport): { child: ChildProcess; connection: MessageConnection } {
  if (transport === 'ipc') {
    const child = fork(serverScript, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  const child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}

/** Measures the median round trips over `runs` edits of a large cable. */
export async function benchLsp(serverScript: string, transport: LspTransport, runs = 25): Promise<LspBenchResult> {
  const { child, connection } = startServer(serverScript, transport);
  const waiting = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    const done = p.version !== undefined ? waiting.get(p.version) : undefined;
    if (done) {
      waiting.delete(p.version!);
      done();
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    // As VS Code does: hierarchical outlines.
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { diagnosticsDelayMs: 0 },
  });
  await connection.sendNotification('initialized', {});
  const text = syntheticCable(1024 * 1024);
  const uri = 'untitled:bench.cable';
  const diagnostics = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  let version = 1;
  const opened = diagnostics(version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
  await opened;
  const lines = text.split('\n');
  const target = lines.findIndex((l) => l.startsWith('2500. (C)'));
  const change: number[] = [];
  const symbols: number[] = [];
  const hovers: number[] = [];
  let paragraphs = 0;
  let last: unknown = null;
  for (let i = 0; i < runs; i++) {
    version++;
    const t0 = performance.now();
    const published = diagnostics(version);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: target, character: 18 }, end: { line: target, character: 26 } }, text: i % 2 ? 'minister' : 'official' }],
    });
    await published;
    change.push(performance.now() - t0);
    const t1 = performance.now();
    const result = await connection.sendRequest<{ children?: unknown[]; name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    symbols.push(performance.now() - t1);
    last = result;
    paragraphs = result.reduce((n, s) => n + (/^\d+\./.test(s.name) ? 1 : 0) + (s.children?.length ?? 0), 0);
    const t2 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: target, character: 8 } });
    hovers.push(performance.now() - t2);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  return { bytes: text.length, paragraphs, didChangeToDiagnostics: median(change), documentSymbol: median(symbols), hover: median(hovers), symbolBytes: JSON.stringify(last).length };
}

export const SERVER_SCRIPT = path.resolve(__dirname, 'server.js');
