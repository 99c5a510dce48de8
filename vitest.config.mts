// Vitest: unit, protocol, grammar and preview tiers (the VS Code end-to-end tier runs through its own runner).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,lsp,grammar,preview,cli}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
