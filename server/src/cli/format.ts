// Output formats of `cable check`: stylish (for people), json, and SARIF 2.1.0 (for code scanning).

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../cable/lint';
import type { FileResult, ReportedFinding } from './check';
import { rulesDocument } from '../node/paths';

declare const CABLE_VERSION: string | undefined;

export type Format = 'stylish' | 'json' | 'sarif';

/** The link to a rule's section of docs/rules.md. */
export function ruleHelpUri(code: string): string | undefined {
  const doc = rulesDocument();
  return doc ? `${pathToFileURL(doc).href}#${code}` : undefined;
}

interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? '' : 's'}`;

/** ESLint-style output: per file, `line:column  severity  message  code`, then a summary line. */
export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };
  const out: string[] = [];
  for (const r of results) {
    if (r.skipped || (!r.error && r.findings.length === 0)) continue;
    out.push(paint('4', r.file));
    if (r.error) out.push(`  ${paint('31', 'error')}  ${r.file} ${r.error}`);
    const width = Math.max(0, ...r.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of r.findings) {
      out.push(`  ${paint('2', `${f.line}:${f.column}`.padEnd(width))}  ${paint(severityColor[f.severity], f.severity.padEnd(7))}  ${f.message}  ${paint('2', f.code)}`);
    }
    out.push('');
  }
  const fixedFiles = results.filter((r) => r.fixed);
  if (fixedFiles.length) out.push(`${paint('32', '✔')} fixed ${plural(fixedFiles.reduce((n, r) => n + r.fixed!, 0), 'problem')} in ${plural(fixedFiles.length, 'cable')}`);
  const counts = countFindings(results);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const unreadable = results.filter((r) => r.error).length;
  const checked = results.filter((r) => !r.skipped && !r.error).length;
  if (total === 0 && unreadable === 0) {
    out.push(`${paint('32', '✔')} ${plural(checked, 'cable')} checked, no problems`);
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`, plural(counts.hint, 'hint')];
    out.push(`${paint(counts.error ? '31' : '33', '✖')} ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(checked, 'cable')}${unreadable ? `; ${plural(unreadable, 'file')} could not be checked` : ''}`);
  }
  return out.join('\n') + '\n';
}

/**
 * `[{ file, findings: [{ code, severity, line, column, endLine, endColumn, message }] }]`; unreadable files carry
 * `error`, and with `--fix` each file says how many findings were `fixed`.
 */
export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results
        .filter((r) => !r.skipped)
        .map((r) => ({ file: r.file, findings: r.findings, ...(r.error ? { error: r.error } : {}), ...(r.fixed !== undefined ? { fixed: r.fixed } : {}) })),
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL: Record<ReportedFinding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, with every rule described in the tool's driver and one result per finding. */
export function formatSarif(results: readonly FileResult[], cwd: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const toUri = (file: string) => {
    const rel = path.relative(cwd, path.resolve(cwd, file));
    return rel.startsWith('..') || path.isAbsolute(rel) ? pathToFileURL(path.resolve(cwd, file)).href : rel.split(path.sep).join('/');
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cable',
            fullName: 'Cable marking checks',
            version: typeof CABLE_VERSION === 'string' ? CABLE_VERSION : '0.0.0-dev',
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.code,
              shortDescription: { text: r.description },
              ...(ruleHelpUri(r.code) ? { helpUri: ruleHelpUri(r.code) } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { group: r.group },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({ level: 'error', message: { text: `${r.file} ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file) } } }] })),
          },
        ],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
