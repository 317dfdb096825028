import { describe, expect, it, vi } from 'vitest';
import type { PackLoadResult } from '../../../main/core/pack/load-pack.ts';
import type { PackIssue } from '../../../main/core/pack/pack-issue.ts';
import type { Pack } from '../../../main/core/pack/schema.ts';
import { loadPackState } from '../../../main/electron/active-pack.ts';

function quietLog() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

const warning: PackIssue = { severity: 'warning', file: 'pack.json', path: 'enterprises[0].logo', message: 'no logo' };
const error: PackIssue = { severity: 'error', file: 'pack.json', path: 'pack.id', message: 'required' };
const pack = { pack: { id: 'xuzhou' } } as unknown as Pack;

describe('loadPackState', () => {
  it('makes a valid pack the active one', async () => {
    const log = quietLog();
    const load = vi.fn(async (dir: string): Promise<PackLoadResult> => ({
      ok: true,
      pack,
      dir,
      file: `${dir}/pack.json`,
      warnings: [warning],
    }));
    const state = await loadPackState('/packs/x', load, log);
    expect(load).toHaveBeenCalledWith('/packs/x');
    expect(state).toEqual({ active: { pack, dir: '/packs/x' }, errors: [] });
    expect(log.warn).toHaveBeenCalledWith('[kiosk] pack warning: pack.json: enterprises[0].logo: no logo');
  });

  it('keeps a broken pack inactive and hands its errors on for the error screen', async () => {
    const log = quietLog();
    const load = async (dir: string): Promise<PackLoadResult> => ({ ok: false, dir, errors: [error], warnings: [] });
    const state = await loadPackState('/packs/x', load, log);
    expect(state).toEqual({ active: undefined, errors: [error] });
    expect(log.error).toHaveBeenCalledWith('[kiosk] pack error: pack.json: pack.id: required');
  });

  it('does not crash when the loader itself throws', async () => {
    const log = quietLog();
    const state = await loadPackState(
      '/packs/x',
      async () => {
        throw new Error('EIO');
      },
      log,
    );
    expect(state.active).toBeUndefined();
    expect(state.errors).toHaveLength(1);
    expect(state.errors[0]?.message).toContain('EIO');
    expect(log.error).toHaveBeenCalled();
  });
});
