// `npm run test:e2e:electron`: the same extension-host suite on desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (it fetches a VS Code build into .vscode-test/ on first use).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite, suiteTests } from './host/bundle.mjs';
import { makeWorkspace, PROJECT } from './host/codeServer.mjs';

const build = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const extensionTestsPath = await bundleSuite('suite-electron', suiteTests());
const workspace = makeWorkspace('ws-electron');
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: PROJECT,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`The suite failed on desktop VS Code: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
