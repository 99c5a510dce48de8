import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { TestClient } from '../helpers/lspClient';
import { ROOT, SEEDS_DIR, SEED_FILE, seedText } from '../helpers/text';

const SERVER = path.join(ROOT, 'dist', 'server.js');

describe('cable-language-server --stdio, spawned', () => {
  const client = new TestClient({ spawnScript: SERVER, rootUri: pathToFileURL(SEEDS_DIR).href });
  const uri = pathToFileURL(SEED_FILE).href;

  beforeAll(async () => {
    await client.initialize();
    await client.open(uri, seedText());
  });
  afterAll(() => client.shutdown());

  it('is the bin of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['cable-language-server']).toBe('dist/server.js');
    expect(readFileSync(SERVER, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('serves the outline, hovers and diagnostics over stdio', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.find((s) => s.name.startsWith('Header'))?.name).toBe('Header 04ISTANBUL1019');
    const line = seedText().split('\n').findIndex((l) => l.startsWith('TAGS'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
    expect((hover.contents as MarkupContent).value).toMatch(/External Political Relations/);
    const diagnostics = await client.diagnostics(uri, (d) => d.filter((x) => x.code === 'paragraph-number-mangled').length === 6);
    expect(diagnostics.every((d) => d.source === 'cable')).toBe(true);
  });
});

describe('Neovim 0.7 as an independent LSP client', () => {
  it('lists the 12 paragraphs, explains PREL and receives the six mangled-number warnings', () => {
    const which = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (which.error) throw new Error('Neovim is not installed: `apt-get install neovim` (.ci/run installs it)');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cable-nvim-')), 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, 'nvim', 'seed.lua')}`, SEED_FILE], {
      cwd: ROOT,
      env: { ...process.env, LSP_SERVER: SERVER, LSP_OUT: out, LSP_TIMEOUT_MS: '20000' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/FAIL/);
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.paragraphs).toHaveLength(12);
    expect(result.paragraphs[5]).toBe('6. (C) Zibari said Iraq needs security');
    expect(result.hover.contents.value).toMatch(/External Political Relations/);
    expect(result.mangled).toBe(6);
  });
});

describe('Emacs 28 with Eglot as an independent LSP client, configured as the README says', () => {
  it('lists the 12 paragraphs, explains PREL and receives the six mangled-number warnings', () => {
    const which = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
    if (which.error) throw new Error('Emacs is not installed: `apt-get install emacs-nox elpa-eglot` (.ci/run installs them)');
    const dir = mkdtempSync(path.join(tmpdir(), 'cable-emacs-'));
    const file = path.join(dir, 'seed.cable');
    copyFileSync(SEED_FILE, file);
    const out = path.join(dir, 'result.json');
    const run = spawnSync('emacs', ['--batch', '-l', path.join(__dirname, 'emacs', 'seed.el')], {
      cwd: dir,
      env: { ...process.env, LSP_SERVER: SERVER, LSP_FILE: file, LSP_OUT: out },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.stderr).not.toMatch(/FAIL/);
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.paragraphs).toHaveLength(12);
    expect(result.paragraphs[0]).toBe('1. (C) Summary. During the run-up to');
    expect(result.hover).toMatch(/External Political Relations/);
    expect(result.mangled).toBe(6);
  });
});
