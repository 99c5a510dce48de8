// The custom requests between the Cable client and server, typed once for both sides.

import type { Cable, Classification } from './cable/model';
import type { Severity } from './cable/lint/types';

/** `cable/model`: the parsed model of an open document, with what the preview needs to render it. */
export const CABLE_MODEL_METHOD = 'cable/model';

export interface CableModelParams {
  uri: string;
}

export interface PreviewFinding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** 0-based line of the finding's start. */
  line: number;
}

export interface CableModelResult {
  uri: string;
  version: number;
  /** The document's text, which the model's spans point into. */
  text: string;
  cable: Cable;
  findings: PreviewFinding[];
  /** Tag code → kind and meaning (null when the tables do not know it). */
  tags: Record<string, { kind: string; meaning: string | null }>;
  /** Canonical ids of referenced cables found in the workspace → their file and subject. */
  workspaceCables: Record<string, { uri: string; subject: string | null }>;
  /** The cables of the workspace that cite this one, by id. */
  citedBy: { id: string; uri: string; subject: string | null }[];
  /** Reason letter → the category it stands for under the cited section. */
  reasons: Record<string, string>;
  /** 0-based line of each banner, in `cable.banners` order. */
  bannerLines: number[];
  /** The title of the executive order cited, if known. */
  executiveOrder: string | null;
  /**
   * Mentions in the body of a REF entry (`ref A`: `target` indexes `cable.references.references`) or of a paragraph
   * (`para 5`: `target` indexes `cable.paragraphs`), in text order, one per span.
   */
  mentions: PreviewMention[];
}

export interface PreviewMention {
  start: number;
  end: number;
  /** `references`: `reftels`, all the REF entries (`target` is -1). */
  kind: 'reference' | 'references' | 'paragraph';
  target: number;
}

/** `cable/summary`: the classification and reference id of an open document, for the status bar. */
export const CABLE_SUMMARY_METHOD = 'cable/summary';

export interface CableSummaryResult {
  uri: string;
  version: number;
  referenceId: string | null;
  classification: Classification;
  subject: string | null;
}

/** `cable/rules`: the marking rules, for the client's "Disable a rule" picker. */
export const CABLE_RULES_METHOD = 'cable/rules';

export interface RuleDescription {
  code: string;
  defaultSeverity: Severity;
  description: string;
}

/**
 * `cable/checkWorkspace`: runs the rules on every cable of the workspace index, publishing the diagnostics of those
 * not open in the editor too (they stay until the file changes, opens and closes, or the check is cleared).
 */
export const CABLE_CHECK_WORKSPACE_METHOD = 'cable/checkWorkspace';

export interface CheckWorkspaceParams {
  /** Takes the diagnostics of closed files published by an earlier check back instead. */
  clear?: boolean;
}

export interface CheckWorkspaceResult {
  /** Cables checked (open ones included); those that could not be read are left out. */
  cables: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** Settings the client sends at start (`initializationOptions`). */
export interface CableInitializationOptions {
  /** The client can run the `cable.disableRule` command (VS Code). */
  supportsDisableRule?: boolean;
  /** Debounce of diagnostics after a change, in ms (default 200). */
  diagnosticsDelayMs?: number;
  /** Settings for clients without `workspace/configuration`. */
  settings?: Partial<CableSettings>;
}

export interface CableSettings {
  rules: Record<string, string>;
  maxFileSizeMB: number;
}

export const DEFAULT_SETTINGS: CableSettings = { rules: {}, maxFileSizeMB: 5 };
