// A real VS Code for tests: code-server (installed by install.sh under .vscode-test/) on 127.0.0.1 at a free port,
// its workbench driven by Debian's Chromium through playwright-core.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT = path.resolve(HERE, '..', '..', '..');
export const VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
export const HOST_ROOT = path.join(PROJECT, '.vscode-test', `code-server-${VERSION}`);
export const CODE_SERVER = path.join(HOST_ROOT, 'node_modules', '.bin', 'code-server');
export const ARTIFACTS = path.join(PROJECT, 'test-artifacts', 'e2e');

const t0 = Date.now();
export const log = (...args) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);

/** Installs code-server on first use (see install.sh). */
export function ensureInstalled() {
  const r = spawnSync('bash', [path.join(HERE, 'install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('installing code-server failed');
}

/** XDG folders inside the host root: code-server and Chromium would write under $HOME otherwise. */
export function hostEnv(extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(HOST_ROOT, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(HOST_ROOT, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(HOST_ROOT, 'xdg', 'cache'),
    ...extra,
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'workbench.enableExperiments': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'editor.hover.delay': 200,
  'outline.collapseItems': 'alwaysExpand',
  'breadcrumbs.enabled': true,
  'workbench.colorTheme': 'Default Light Modern',
};

/** A fresh workspace: every cable of seeds/ (as .txt, as shipped), a plain note, and an empty .vscode folder. */
export function makeWorkspace(name = 'ws') {
  const ws = path.join(PROJECT, '.vscode-test', name);
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  for (const f of readdirSync(path.join(PROJECT, 'seeds'))) if (f.endsWith('.txt')) cpSync(path.join(PROJECT, 'seeds', f), path.join(ws, f));
  writeFileSync(path.join(ws, 'notes.txt'), 'Meeting notes\n\nBring the agenda. Confidentiality was promised to the participants.\n');
  writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{}\n');
  return ws;
}

/** Starts code-server with a fresh profile; resolves when /healthz answers. */
export async function startCodeServer({ extensionsDir } = {}) {
  const port = await freePort();
  const profile = mkdtempSync(path.join(PROJECT, '.vscode-test', 'profile-'));
  mkdirSync(path.join(profile, 'User'), { recursive: true });
  writeFileSync(path.join(profile, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  const extensions = extensionsDir ?? path.join(profile, 'extensions');
  mkdirSync(extensions, { recursive: true });
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', profile, '--extensions-dir', extensions,
  ];
  const child = spawn(CODE_SERVER, args, { env: hostEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not come up: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server ${VERSION} up on ${url}`);
  return {
    url,
    port,
    profile,
    extensions,
    output: () => output,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      // A helper process of code-server may outlive the group and keep our ends of its pipes open: let go of them.
      child.stdout.destroy();
      child.stderr.destroy();
      child.unref();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Installs a .vsix into an extensions folder with code-server's CLI. */
export function installVsix(vsix, extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const r = spawnSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { env: hostEnv(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--install-extension failed: ${r.stdout}${r.stderr}`);
  log(r.stdout.trim().split('\n').pop());
}

/** The workbench URL for a folder, with an extension under development and a test runner, as @vscode/test-web passes them. */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = `folder=${encodeURIComponent(folder)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  return `${server.url}/?${query}`;
}

export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium`);
  return chromium.launch({
    executablePath,
    headless: true,
    env: hostEnv(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Runs a mocha suite inside the extension host: the workbench calls window.codeAutomationExit(code) when the suite's
 * run() settles. Resolves to the exit code (0 pass, 1 failures, 4 timeout).
 */
export async function runSuite(server, folder, extensionDevelopmentPath, extensionTestsPath, timeoutMs = 300_000) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let done;
    const finished = new Promise((resolve) => (done = resolve));
    await page.exposeFunction('codeAutomationExit', async (code) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'suite-end.png') }).catch(() => undefined);
      done(code);
    });
    page.on('console', async (message) => {
      let args;
      try {
        args = await Promise.all(message.args().map((a) => a.jsonValue()));
      } catch {
        args = [message.text()];
      }
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = [`${args[0].slice(2).trim()} ${args[2] ?? ''}`, ...args.slice(3)];
      const text = util.format(...args);
      if (!/^(INFO|ERR|WARN)/.test(text) || /Resolving connection|Creating a socket|Resolved connection|Service Worker|ChatSessionStore|Updating additional/.test(text)) return;
      // The workbench asks the extension gallery (open-vsx.org) for updates; this machine has no internet.
      if (/getaddrinfo ENOTFOUND|open-vsx\.org/.test(text)) return;
      console.log(text.replace(/^(INFO|WARN) /, ''));
    });
    await page.goto(workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath }), { waitUntil: 'domcontentloaded' });
    let timer;
    const code = await Promise.race([finished, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
    if (code === 'timeout') {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'suite-timeout.png') }).catch(() => undefined);
      log(`suite timed out after ${timeoutMs / 1000} s`);
      return 4;
    }
    return code;
  } finally {
    await browser.close();
  }
}
