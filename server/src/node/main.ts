// The language server's entry point for Node: IPC for the VS Code client, --stdio (or --socket) for other editors.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { WorkspaceIndex } from './workspaceIndex';
import { rulesDocumentUri } from './paths';
import { readWorkspaceCable } from './readCable';

declare const CABLE_VERSION: string | undefined;

if (process.argv.includes('--version')) {
  process.stdout.write(`${typeof CABLE_VERSION === 'string' ? CABLE_VERSION : 'dev'}\n`);
} else if (process.argv.includes('--help')) {
  process.stdout.write('Usage: cable-language-server --stdio | --node-ipc | --socket=<port>\n');
} else {
  const connection = createConnection(ProposedFeatures.all);
  // Anything written to stdout would corrupt the --stdio protocol stream: send the console to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection, { index: new WorkspaceIndex(), rulesDocUri: rulesDocumentUri(), readText: readWorkspaceCable });
}
