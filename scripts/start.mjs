// `npm start`: builds, then opens VS Code on seeds/ with the extension loaded: desktop VS Code
// (`code --extensionDevelopmentPath`) when `code` is on PATH, else a local code-server on 127.0.0.1:8080
// (no password, loopback only), printing the URL to open. Ctrl+C stops it.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(PROJECT, 'seeds');

const build = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CABLE_USE_CODE_SERVER) {
  console.log('Opening VS Code on seeds/ with the Cable extension under development…');
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${PROJECT}`, SEEDS], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const { ensureInstalled, hostEnv, CODE_SERVER } = await import('../test/e2e/host/codeServer.mjs');
ensureInstalled();
const port = Number(process.env.PORT ?? 8080);
const profile = path.join(PROJECT, '.vscode-test', 'start-profile');
mkdirSync(path.join(profile, 'User'), { recursive: true });
const settings = path.join(profile, 'User', 'settings.json');
if (!existsSync(settings)) {
  writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2));
}
const server = spawn(
  CODE_SERVER,
  ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', profile, '--extensions-dir', path.join(profile, 'extensions')],
  { env: hostEnv(), stdio: ['ignore', 'ignore', 'inherit'] },
);
const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${PROJECT}`]]));
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(SEEDS)}&payload=${payload}`;
for (let i = 0; i < 240; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`\nVS Code (code-server) with the Cable extension is running on seeds/. Open:\n\n  ${url}\n\nCtrl+C stops it.`);
const stop = () => {
  server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
