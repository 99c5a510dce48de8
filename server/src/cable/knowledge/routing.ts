// Routing indicators (`RUEHC` → SECSTATE WASHDC) from the bundled table.

import { readTsv } from './tsv';
import routingTsv from './data/routing.tsv?raw';

let table: Map<string, string> | null = null;

/** The station a routing indicator names, or undefined. */
export function routingIndicatorName(indicator: string): string | undefined {
  table ??= new Map(readTsv(routingTsv).map((r) => [r.indicator, r.name]));
  return table.get(indicator.toUpperCase());
}
