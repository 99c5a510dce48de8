// Bundles the extension client, the language server, the CLI and the benchmark with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
/** `import text from './x.tsv?raw'`: the file's text as a string, as Vite does in the tests. */
const rawPlugin = {
  name: 'raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  plugins: [rawPlugin],
  define: { CABLE_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
};
const shebang = { js: '#!/usr/bin/env node' };
const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: shebang },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
  { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' },
  { entryPoints: ['preview-src/index.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife', target: 'es2020' },
].filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching', builds.map((b) => b.outfile).join(', '));
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  for (const b of builds) if (b.banner) chmodSync(b.outfile, 0o755);
}
