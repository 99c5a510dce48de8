// Argument handling and dispatch for the `cable` command line.

import { parseCable } from '../cable/parse';
import { readCableFile } from '../node/readCable';
import { inspectJson, inspectText } from './inspect';

declare const CABLE_VERSION: string | undefined;

const USAGE = `Usage:
  cable inspect <file> [--json]     show the parsed model of a cable (--json: the full model as JSON)
  cable --help | --version
`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI with arguments (without `node cable`); resolves to the exit code. */
export async function runCli(args: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${typeof CABLE_VERSION === 'string' ? CABLE_VERSION : 'dev'}\n`);
    return 0;
  }
  if (command === 'inspect') return inspect(rest, io);
  io.err(`cable: unknown command "${command}"\n${USAGE}`);
  return 2;
}

async function inspect(args: string[], io: Output): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length || files.length !== 1) {
    io.err(unknown.length ? `cable inspect: unknown option ${unknown[0]}\n` : 'cable inspect: give exactly one file\n');
    io.err(USAGE);
    return 2;
  }
  const file = files[0];
  const read = await readCableFile(file);
  if (!read.ok) {
    io.err(`cable inspect: ${file} ${read.reason}\n`);
    return 2;
  }
  const cable = parseCable(read.text, { fileName: file });
  io.out(json ? inspectJson(cable) + '\n' : inspectText(cable, file, read.text));
  return 0;
}
