// Routing indicators (`RUEHC` → SECSTATE WASHDC) from the bundled table.

import { readTsv } from './tsv';
import routingTsv from './data/routing.tsv?raw';

let table: Map<string, string> | null = null;

/**
 * Precedence prosigns of the routing header (`P 121525Z FEB 10`, `OO RUEHFL`): the standard ACP 121 letters. In the
 * corpus the letter agrees with the precedence word of the TO addressees in every cable that has both (O →
 * IMMEDIATE or NIACT IMMEDIATE 355, P → PRIORITY 328), and a second letter with that of the INFO addressees (`O P`: PRIORITY).
 */
const PRECEDENCES: Record<string, string> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };

/** The precedence a prosign letter stands for, or undefined. */
export function precedenceName(letter: string): string | undefined {
  return PRECEDENCES[letter.toUpperCase()];
}

/** The station a routing indicator names, or undefined. */
export function routingIndicatorName(indicator: string): string | undefined {
  table ??= new Map(readTsv(routingTsv).map((r) => [r.indicator, r.name]));
  return table.get(indicator.toUpperCase());
}
