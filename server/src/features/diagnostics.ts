// Diagnostics: the rule engine's findings as LSP diagnostics with code, source and a link to the rule's docs.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../cable/lint';
import { toRange } from './common';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Converts findings to diagnostics; `docsUri` is the URI of docs/rules.md (each rule is a section of it). */
export function toDiagnostics(document: TextDocument, findings: readonly Finding[], docsUri: string | null): Diagnostic[] {
  return findings.map((f) => {
    const d: Diagnostic = { range: toRange(document, f), severity: SEVERITY[f.severity], code: f.code, source: 'cable', message: f.message };
    if (docsUri) d.codeDescription = { href: `${docsUri}#${f.code}` };
    return d;
  });
}
