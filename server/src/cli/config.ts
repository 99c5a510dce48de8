// Rule settings for the CLI: `cable.config.json` (the same object as the `cable.rules` setting) and `--rule`.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SEVERITY_SETTINGS, validateSettings, type RuleSettings, type SeveritySetting } from '../cable/lint';

export const CONFIG_FILE = 'cable.config.json';

export interface LoadedConfig {
  rules: RuleSettings;
  /** The file the settings came from, if any. */
  file: string | null;
}

/**
 * Reads `cable.config.json` (`{ "rules": { "tag-unknown": "off" } }`) from an explicit path, or from the working
 * directory and its parents. Throws an Error with a one-line message when the file is unreadable or invalid.
 */
export async function loadConfig(explicit: string | null, cwd: string): Promise<LoadedConfig> {
  let file = explicit ? path.resolve(cwd, explicit) : null;
  if (!file) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, CONFIG_FILE);
      if (await exists(candidate)) {
        file = candidate;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  if (!file) return { rules: {}, file: null };
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `is not valid JSON (${(error as Error).message})`}`, { cause: error });
  }
  const rules = (data as { rules?: unknown })?.rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new Error(`${file}: "rules" must be an object of rule codes and severities`);
  const problems = validateSettings(rules as Record<string, unknown>);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return { rules: rules as RuleSettings, file };
}

/** Parses `--rule code=severity`; returns an error message for a bad one. */
export function parseRuleOption(value: string): { code: string; severity: SeveritySetting } | string {
  const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(value.trim());
  if (!m) return `--rule expects code=severity, e.g. --rule tag-unknown=off (got "${value}")`;
  const problems = validateSettings({ [m[1]]: m[2] });
  if (problems.length) return `--rule ${value}: ${problems[0]}`;
  return { code: m[1], severity: m[2] as SeveritySetting };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export { SEVERITY_SETTINGS };
