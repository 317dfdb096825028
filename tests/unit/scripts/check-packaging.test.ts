/**
 * Runs the packaging layout check (scripts/check-packaging.mjs) as CI would: builds the app, packages
 * it offline for a Linux `dir` target on a placeholder Electron, and asserts on the layout (asar
 * contents, the pack outside it, fuses, sizes). About 10 s; not an installer build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('packaging layout (electron-builder, offline, placeholder Electron)', () => {
  it('packages the built app, only the built app, with the pack beside it', { timeout: 180_000 }, () => {
    const result = spawnSync(process.execPath, ['scripts/check-packaging.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.error, output).toBeUndefined();
    // On failure, the message is the check's whole report (each failed assertion on a FAIL line).
    expect(result.status, output).toBe(0);
    expect(output).toContain('matches app-builder-lib/scheme.json');
    expect(output).not.toContain('FAIL ');
    expect(output).toMatch(/Packaging layout check passed in [\d.]+ s/);
  });
});
