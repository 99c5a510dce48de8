// `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3, installed on first use under
// .vscode-test/), driven headless by Debian's Chromium.
//   1. the extension-host suite (test/e2e/suite, mocha, the vscode API) with the extension under development;
//   2. the UI test (test/e2e/ui.mjs): outline, hover, problems, preview, with screenshots;
//   3. with --vsix: the packaged .vsix installed with --install-extension, activated and serving the outline.
// Options: --suite, --ui, --vsix select parts (default: suite and ui). Exit code 0 only when every part passed.

import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundleSuite, suiteTests } from './host/bundle.mjs';
import { ensureInstalled, installVsix, log, makeWorkspace, PROJECT, runSuite, startCodeServer } from './host/codeServer.mjs';
import { runUi } from './ui.mjs';

const args = process.argv.slice(2);
const parts = ['--suite', '--ui', '--vsix'].filter((p) => args.includes(p));
const want = (p) => (parts.length ? parts.includes(p) : p !== '--vsix');

async function main() {
  ensureInstalled();
  const build = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const failures = [];

  if (want('--suite')) {
    const index = await bundleSuite('suite', suiteTests());
    const ws = makeWorkspace('ws-suite');
    const server = await startCodeServer();
    try {
      log('extension-host suite: start');
      const code = await runSuite(server, ws, PROJECT, index);
      log(`extension-host suite: exit code ${code}`);
      if (code !== 0) failures.push(`suite (exit ${code})`);
    } finally {
      server.stop();
    }
  }

  if (want('--ui')) {
    const ws = makeWorkspace('ws-ui');
    const server = await startCodeServer();
    try {
      log('UI test: start');
      const ok = await runUi(server, ws);
      if (!ok) failures.push('ui');
    } finally {
      server.stop();
    }
  }

  if (want('--vsix')) {
    const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT, stdio: 'inherit' });
    if (pack.status !== 0) throw new Error('npm run package failed');
    const vsix = readdirSync(PROJECT).filter((f) => f.endsWith('.vsix')).map((f) => path.join(PROJECT, f)).sort().pop();
    const extensions = path.join(PROJECT, '.vscode-test', 'installed-extensions');
    rmSync(extensions, { recursive: true, force: true });
    installVsix(vsix, extensions);
    const index = await bundleSuite('suite-installed', ['installed.test.ts']);
    const ws = makeWorkspace('ws-installed');
    const server = await startCodeServer({ extensionsDir: extensions });
    try {
      log(`installed .vsix suite (${path.basename(vsix)}): start`);
      // The harness is an empty extension under development that carries the test runner; Cable itself is installed.
      const code = await runSuite(server, ws, path.join(PROJECT, 'test', 'e2e', 'harness'), index);
      log(`installed .vsix suite: exit code ${code}`);
      if (code !== 0) failures.push(`installed vsix (exit ${code})`);
    } finally {
      server.stop();
    }
  }

  if (failures.length) {
    log(`FAILED: ${failures.join(', ')}`);
    process.exitCode = 1;
  } else log('all passed');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 3;
});
