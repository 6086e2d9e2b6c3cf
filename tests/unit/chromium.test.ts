/**
 * Without Chromium, `npm test` (scripts/preflight.mjs), Lighthouse and the browser tests'
 * set-up stop with one Norwegian line that says how to get it: exit code 1, no stack trace.
 * CHROMIUM_PATH points at a file that is not there; with CHROMIUM_PATH set, preflight never installs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CHROMIUM, canRun, chromiumPath, missingChromiumMessage } from '../../scripts/chromium.mjs';

const MISSING = '/finnes/ikke/chromium';
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'chromium-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function run(script: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [resolve('scripts', script)], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('Chromium', () => {
  it('is looked for at CHROMIUM_PATH, else at Debian\'s /usr/bin/chromium', () => {
    expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium' })).toBe('/opt/chromium');
    expect(canRun(MISSING)).toBe(false);
  });

  it('says in one Norwegian line what is missing and how to get it', () => {
    for (const path of [DEFAULT_CHROMIUM, MISSING]) {
      const line = missingChromiumMessage(path);
      expect(line).not.toContain('\n');
      expect(line).toContain(path);
      expect(line).toContain('apt-get install chromium');
    }
  });

  it('stops npm test at the start with that line when Chromium is missing', () => {
    const r = run('preflight.mjs', { CHROMIUM_PATH: MISSING });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(missingChromiumMessage(MISSING));
  });

  it('stops Lighthouse with the same line, without a stack trace', () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    const r = run('lighthouse.mjs', { CHROMIUM_PATH: MISSING });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(missingChromiumMessage(MISSING));
  });
});
