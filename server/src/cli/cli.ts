// Argument handling and dispatch for the `cable` command line.

import { parseCable } from '../cable/parse';
import { readCableFile } from '../node/readCable';
import { inspectJson, inspectText } from './inspect';
import { checkAll, collectFiles, type CheckTask, type FileResult } from './check';
import { loadConfig, parseRuleOption } from './config';
import { countFindings, formatJson, formatSarif, formatStylish, type Format } from './format';

declare const CABLE_VERSION: string | undefined;

const USAGE = `Usage:
  cable inspect <file> [--json]     show the parsed model of a cable (--json: the full model as JSON)
  cable check [paths…] [options]    check cables for marking errors (folders: *.cable and cable-like *.txt)
      --format stylish|json|sarif   output format (default: stylish)
      --rule code=severity          set a rule's severity: error, warning, info, hint or off (repeatable)
      --config <file>               rule settings file (default: cable.config.json here or above)
      --quiet                       report errors only
      --max-warnings <n>            exit 1 when there are more than n warnings
      --max-file-size <MB>          skip larger files (default: 10)
      --fix                         apply the rules' fixes and write the files back, then report what is left
  cable --help | --version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O errors.
`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour for stylish output (a terminal). */
  color?: boolean;
  cwd?: string;
  /** The bundled CLI script, which doubles as the worker of parallel checks; null checks in this thread. */
  workerScript?: string | null;
}

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
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
  if (command === 'check') return check(rest, io);
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

interface CheckOptions {
  paths: string[];
  format: Format;
  rules: Record<string, string>;
  config: string | null;
  quiet: boolean;
  maxWarnings: number | null;
  maxBytes: number;
  fix: boolean;
}

function parseCheckArgs(args: string[]): CheckOptions | string {
  const o: CheckOptions = { paths: [], format: 'stylish', rules: {}, config: null, quiet: false, maxWarnings: null, maxBytes: 10 * 1024 * 1024, fix: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') && !a.startsWith('--rule=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'stylish' && v !== 'json' && v !== 'sarif') return `--format must be stylish, json or sarif${v ? ` (got "${v}")` : ''}`;
        o.format = v;
        break;
      }
      case '--rule':
      case '--rule=': {
        const v = a.startsWith('--rule=') ? a.slice('--rule='.length) : value();
        if (!v) return '--rule expects code=severity';
        const parsed = parseRuleOption(v);
        if (typeof parsed === 'string') return parsed;
        o.rules[parsed.code] = parsed.severity;
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return '--config expects a file';
        o.config = v;
        break;
      }
      case '--quiet':
        o.quiet = true;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!v || !/^\d+$/.test(v)) return '--max-warnings expects a number';
        o.maxWarnings = Number(v);
        break;
      }
      case '--max-file-size': {
        const v = value();
        if (!v || !/^\d+(\.\d+)?$/.test(v)) return '--max-file-size expects a size in MB';
        o.maxBytes = Number(v) * 1024 * 1024;
        break;
      }
      default:
        if (a.startsWith('-')) return `unknown option ${a}`;
        o.paths.push(a);
    }
  }
  if (o.paths.length === 0) o.paths.push('.');
  return o;
}

async function check(args: string[], io: Output): Promise<number> {
  const options = parseCheckArgs(args);
  if (typeof options === 'string') {
    io.err(`cable check: ${options}\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  let rules: Record<string, string>;
  try {
    const config = await loadConfig(options.config, cwd);
    rules = { ...config.rules, ...options.rules };
  } catch (error) {
    io.err(`cable check: ${(error as Error).message}\n`);
    return 2;
  }
  const { tasks, missing } = await collectFiles(options.paths);
  const checkTasks: CheckTask[] = tasks.map((t) => ({ ...t, rules: rules as CheckTask['rules'], maxBytes: options.maxBytes, fix: options.fix }));
  const checked = await checkAll(checkTasks, io.workerScript ?? null);
  let results: FileResult[] = [...missing, ...checked];
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  for (const r of results) if (r.error && options.format !== 'stylish') io.err(`cable check: ${r.file} ${r.error}\n`);
  if (options.format === 'json') io.out(formatJson(results));
  else if (options.format === 'sarif') io.out(formatSarif(results, cwd));
  else io.out(formatStylish(results, io.color ?? false));
  const counts = countFindings(results);
  if (results.some((r) => r.error)) return 2;
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== null && counts.warning > options.maxWarnings) {
    io.err(`cable check: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
