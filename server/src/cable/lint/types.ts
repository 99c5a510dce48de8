// The rule engine's vocabulary: rules, findings, fixes and severities.

import type { Cable, Span } from '../model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A replacement of the text in [start, end) by `newText` (offsets into the cable text). */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What a rule reports: where, what is wrong and what would be right, and an unambiguous fix if there is one. */
export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  fix?: Fix;
}

/** A finding as a rule produces it; the engine adds the code and the configured severity. */
export interface RuleFinding extends Span {
  message: string;
  fix?: Fix;
}

export interface RuleContext {
  cable: Cable;
  text: string;
}

export type RuleGroup = 'Banner and structure' | 'Portion markings' | 'Classification authority' | 'E.O. and declassification' | 'TAGS, SUBJECT and REF' | 'Paragraphs';

export interface Rule {
  /** Stable kebab-case code, e.g. `portion-exceeds-banner`. */
  code: string;
  group: RuleGroup;
  defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  /** A short example of text the rule reports, for the documentation. */
  example: string;
  /** What its quick fix does, or null when no fix is unambiguous. */
  fixDescription: string | null;
  check(context: RuleContext): RuleFinding[];
}

/** Per-rule severities, as in the `cable.rules` setting and `cable.config.json`. */
export type RuleSettings = Readonly<Record<string, SeveritySetting>>;
