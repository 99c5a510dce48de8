// Runs a TypeScript script of the project (bundled on the fly with esbuild, `?raw` imports included).
import * as esbuild from 'esbuild';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const raw = {
  name: 'raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (a) => ({ path: path.resolve(a.resolveDir, a.path.slice(0, -4)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (a) => ({ contents: await readFile(a.path, 'utf8'), loader: 'text' }));
  },
};
const dir = await mkdtemp(path.join(tmpdir(), 'cable-run-'));
const out = path.join(dir, 'script.cjs');
await esbuild.build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'cjs', plugins: [raw], logLevel: 'error', define: { __SCRIPT_DIR__: JSON.stringify(path.resolve(path.dirname(entry))) } });
const result = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
await rm(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
