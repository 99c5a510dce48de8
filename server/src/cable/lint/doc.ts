// Renders docs/rules.md from the rules themselves, so the documentation cannot drift from the code.

import { RULES } from './index';
import type { RuleGroup } from './types';

const GROUPS: RuleGroup[] = ['Banner and structure', 'Portion markings', 'Classification authority', 'E.O. and declassification', 'TAGS, SUBJECT and REF', 'Paragraphs'];

/** The Markdown of docs/rules.md. Each rule has a section whose anchor is its code. */
export function renderRulesDoc(): string {
  const out: string[] = [
    '# Marking checks',
    '',
    '<!-- Generated from server/src/cable/lint by `npm run docs`; edit the rules, not this file. -->',
    '',
    `Cable checks a cable's markings with ${RULES.length} rules. Each has a stable code, a default severity, and where the`,
    'correction is unambiguous a quick fix. Severities are configurable per rule, to `error`, `warning`, `info`, `hint`',
    'or `off`: in VS Code with the `cable.rules` setting, on the command line with `cable.config.json` or `--rule`:',
    '',
    '```json',
    '{ "rules": { "tag-unknown": "off", "portion-missing": "error" } }',
    '```',
    '',
    '| code | default | checks |',
    '|---|---|---|',
    ...RULES.map((r) => `| [\`${r.code}\`](#${r.code}) | ${r.defaultSeverity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const group of GROUPS) {
    out.push(`## ${group}`, '');
    for (const r of RULES.filter((x) => x.group === group)) {
      out.push(`### ${r.code}`, '', `Default severity: **${r.defaultSeverity}**.`, '', r.description, '', 'Example:', '', '```', r.example, '```', '');
      out.push(r.fixDescription ? `Quick fix: ${r.fixDescription}` : 'No quick fix: the right correction depends on what the author meant.', '');
    }
  }
  return out.join('\n');
}
