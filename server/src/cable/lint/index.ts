// The rule engine: every rule, run over a parsed cable with per-rule severities.

import type { Cable } from '../model';
import type { Finding, Rule, RuleSettings, Severity, SeveritySetting } from './types';
import { withSharedFacts } from './facts';
import { bannerInconsistent, bannerMissing, sectionNumbering, textIrregular } from './rules/structure';
import { bannerExceedsPortions, portionCaveatNotInBanner, portionExceedsBanner, portionMalformed, portionMissing, portionUnknown } from './rules/portions';
import { classifiedByMissing, classifiedByUnclassified, reasonInvalid, reasonMissing, reasonSectionOutdated } from './rules/authority';
import { declBeforeOrigin, declDateUnclassified, declInvalid, declNaClassified, declOadrObsolete, declTooFar, eoAnachronism, eoMissing, eoUnknown } from './rules/declassification';
import { refMissing, subjectMissing, tagDuplicate, tagTypo, tagUnknown, tagsMissing } from './rules/tagging';
import { paragraphNumberMalformed, paragraphNumberMangled, paragraphSequence, summaryUnterminated } from './rules/paragraphs';

export type { Finding, Fix, Rule, RuleSettings, Severity, SeveritySetting, TextEdit } from './types';
export { renumberEdits } from './rules/paragraphs';

/** All rules, in documentation order. */
export const RULES: readonly Rule[] = [
  bannerMissing,
  bannerInconsistent,
  sectionNumbering,
  textIrregular,
  portionMissing,
  portionUnknown,
  portionMalformed,
  portionExceedsBanner,
  portionCaveatNotInBanner,
  bannerExceedsPortions,
  classifiedByMissing,
  classifiedByUnclassified,
  reasonMissing,
  reasonInvalid,
  reasonSectionOutdated,
  eoMissing,
  eoUnknown,
  eoAnachronism,
  declInvalid,
  declNaClassified,
  declDateUnclassified,
  declOadrObsolete,
  declBeforeOrigin,
  declTooFar,
  tagsMissing,
  tagUnknown,
  tagDuplicate,
  tagTypo,
  subjectMissing,
  refMissing,
  paragraphNumberMangled,
  paragraphNumberMalformed,
  paragraphSequence,
  summaryUnterminated,
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** The severity a rule runs at under these settings (`off` when disabled). */
export function effectiveSeverity(rule: Rule, settings: RuleSettings): SeveritySetting {
  const s = settings[rule.code];
  return s && SEVERITY_SETTINGS.includes(s) ? s : rule.defaultSeverity;
}

/** Checks settings: unknown rule codes and unknown severities, as messages. */
export function validateSettings(settings: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [code, value] of Object.entries(settings)) {
    if (!BY_CODE.has(code)) problems.push(`unknown rule "${code}"`);
    else if (typeof value !== 'string' || !SEVERITY_SETTINGS.includes(value as SeveritySetting)) problems.push(`rule "${code}": severity must be one of ${SEVERITY_SETTINGS.join(', ')}`);
  }
  return problems;
}

/**
 * Runs every enabled rule over a parsed cable; findings come sorted by position. A rule that fails (a bug) reports
 * nothing and is passed to `onError`, so one broken rule never takes the others down.
 */
export function lintCable(cable: Cable, text: string, settings: RuleSettings = NO_SETTINGS, onError?: (rule: Rule, error: unknown) => void): Finding[] {
  return withSharedFacts(cable, () => runRules(cable, text, settings, onError));
}

const NO_SETTINGS: RuleSettings = Object.freeze({});

function runRules(cable: Cable, text: string, settings: RuleSettings, onError?: (rule: Rule, error: unknown) => void): Finding[] {
  const findings: Finding[] = [];
  const context = { cable, text };
  for (const rule of RULES) {
    const severity = settings === NO_SETTINGS ? rule.defaultSeverity : effectiveSeverity(rule, settings);
    if (severity === 'off') continue;
    let found;
    try {
      found = rule.check(context);
    } catch (error) {
      onError?.(rule, error);
      continue;
    }
    for (const f of found) {
      const finding: Finding = { code: rule.code, severity: severity as Severity, start: f.start, end: f.end, message: f.message };
      if (f.fix) finding.fix = f.fix;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** Applies non-overlapping text edits to a text (used by tests and by `cable check --fix`-style tools). */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
