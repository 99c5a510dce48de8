// Bundles the extension-host suite (TypeScript, test/e2e/suite) for the extension host, with esbuild.

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT } from './codeServer.mjs';

const SUITE = path.join(PROJECT, 'test', 'e2e', 'suite');

/** The suite's test files for the extension under development (not the installed-.vsix one). */
export function suiteTests() {
  return readdirSync(SUITE).filter((f) => f.endsWith('.test.ts') && f !== 'installed.test.ts');
}

/** Bundles a suite (index.ts + the given test files) for the extension host into .vscode-test/<name>/. */
export async function bundleSuite(name, tests) {
  const out = path.join(PROJECT, '.vscode-test', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode', 'mocha'], logLevel: 'warning', sourcemap: 'inline' };
  const files = [];
  for (const t of tests) {
    const outfile = path.join(out, path.basename(t).replace(/\.ts$/, '.js'));
    await esbuild.build({ ...common, entryPoints: [path.join(SUITE, t)], outfile });
    files.push(outfile);
  }
  const index = path.join(out, 'index.js');
  await esbuild.build({ ...common, entryPoints: [path.join(SUITE, 'index.ts')], outfile: index, define: { __SUITE_FILES__: JSON.stringify(files) } });
  return index;
}

