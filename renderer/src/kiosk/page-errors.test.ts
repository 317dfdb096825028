import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageErrorReport } from '../../../main/contract/ipc';
import { installPageErrorReports, reportPageError, setCurrentScreen } from './page-errors';

/** A window whose `kiosk` is the preload's API with only `logs:report`, which records its calls. */
function stubShell() {
  const report = vi.fn(async (_report: PageErrorReport) => undefined);
  vi.stubGlobal('window', { kiosk: { 'logs:report': report } });
  return report;
}

/** A stand-in window for the event hooks: `addEventListener` over an EventEmitter. */
function fakeTarget() {
  const events = new EventEmitter();
  return {
    target: { addEventListener: (type: string, fn: (e: unknown) => void) => events.on(type, fn) } as never,
    fire: (type: string, event: unknown) => events.emit(type, event),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('page error reports', () => {
  it('report window errors and unhandled rejections with the screen the visitor is on', () => {
    const report = stubShell();
    const { target, fire } = fakeTarget();
    installPageErrorReports(target, { error: () => {} });
    setCurrentScreen('enterprise:xcmg-heavy');
    const error = new TypeError('x is undefined');
    fire('error', { error, message: error.message });
    fire('unhandledrejection', { reason: 'the fetch failed' });
    expect(report.mock.calls).toEqual([
      [{ kind: 'error', message: 'TypeError: x is undefined', stack: error.stack, screen: 'enterprise:xcmg-heavy' }],
      [{ kind: 'rejection', message: 'the fetch failed', screen: 'enterprise:xcmg-heavy' }],
    ]);
  });

  it('report console.error once per error (the boundary and React both log what the boundary caught), and cut long text', () => {
    const report = stubShell();
    const printed: unknown[][] = [];
    const con = { error: (...args: unknown[]) => printed.push(args) };
    installPageErrorReports(fakeTarget().target, con);
    setCurrentScreen('map');
    const error = new Error('render failed');
    reportPageError('render', error, '\n    at MapScreen');
    con.error('[kiosk] screen crashed:', error);
    con.error(error);
    con.error('x'.repeat(5000));
    expect(printed).toHaveLength(3);
    expect(report.mock.calls.map(([r]) => [r.kind, r.message.length])).toEqual([
      ['render', 'Error: render failed'.length],
      ['console', 2000],
    ]);
    expect(report.mock.calls[0]?.[0].stack).toContain('at MapScreen');
  });

  it('never throw when the bridge is missing or fails', () => {
    vi.stubGlobal('window', {
      kiosk: {
        'logs:report': () => {
          throw new Error('gone');
        },
      },
    });
    expect(() => reportPageError('error', new Error('a'))).not.toThrow();
  });
});
