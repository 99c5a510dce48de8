// Test helpers: inline cable text, cursor markers, and the shipped seed cables.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const SEED_FILE = path.join(SEEDS_DIR, '000_ea1a4c7a725ed8c9.txt');

/** Joins lines with `\n`, so tests can write a cable line by line. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Removes the `|` cursor marker from a text and returns the text and the marker's offset. */
export function cursor(textWithMarker: string): { text: string; offset: number } {
  const offset = textWithMarker.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker in test text');
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 1), offset };
}

/** The text of the original sample cable. */
export function seedText(): string {
  return readFileSync(SEED_FILE, 'utf8');
}

export interface SeedRecord {
  file: string;
  referenceId: string;
  date: string;
  classification: string;
  origin: string;
  kind: string;
}

/** The real cables in seeds/ with their published metadata (seeds/index.tsv). */
export function seedIndex(): SeedRecord[] {
  const lines = readFileSync(path.join(SEEDS_DIR, 'index.tsv'), 'utf8').split('\n').filter(Boolean);
  return lines.slice(1).map((line) => {
    const [file, referenceId, date, classification, origin, kind] = line.split('\t');
    return { file, referenceId, date, classification, origin, kind };
  });
}

/** Reads one file of seeds/. */
export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** All cable files in seeds/ (the sample and the real cables). */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** The 0-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
