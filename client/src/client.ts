// The LanguageClient: the bundled server over IPC, for documents in the cable language.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CableInitializationOptions } from '../../server/src/protocol';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: CableInitializationOptions = { supportsDisableRule: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    initializationOptions,
    outputChannelName: 'Cable Language Server',
  };
  // The id `cable` makes the client read `cable.trace.server`.
  return new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
}
