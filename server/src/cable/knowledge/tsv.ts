// Reads the bundled tab-separated knowledge tables.

/** Parses a TSV text with a header row into records keyed by the header's column names. */
export function readTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const columns = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const record: Record<string, string> = {};
    columns.forEach((name, i) => {
      record[name] = (cells[i] ?? '').trim();
    });
    return record;
  });
}
