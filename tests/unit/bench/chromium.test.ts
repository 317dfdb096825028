import { describe, expect, it } from 'vitest';
import { drawPath, launchOptions } from '../../../bench/chromium.ts';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('the benchmark’s Chromium', () => {
  it('draws headless on the CPU unless asked for the GPU, so that every machine measures the same path', () => {
    const launch = launchOptions({}, only('/usr/bin/chromium'));
    expect(launch).toMatchObject({ executablePath: '/usr/bin/chromium', headless: true, gpu: false });
    expect(launch.args).toContain('--disable-gpu');
  });

  it('BENCH_GPU=1 opens a window and leaves the GPU on, as the kiosk draws on that machine', () => {
    const launch = launchOptions({ BENCH_GPU: '1' }, only('/usr/bin/chromium'));
    expect(launch).toMatchObject({ headless: false, gpu: true });
    expect(launch.args).not.toContain('--disable-gpu');
  });

  it('uses CHROMIUM_PATH when given, and Playwright’s own Chromium on a machine without Debian’s', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(launchOptions({ CHROMIUM_PATH: chrome }, only(chrome, '/usr/bin/chromium')).executablePath).toBe(chrome);
    expect(launchOptions({}, only()).executablePath).toBeUndefined();
  });

  it('refuses a setting it does not understand, or a browser that is not there, and says which', () => {
    expect(() => launchOptions({ BENCH_GPU: 'yes' }, only('/usr/bin/chromium'))).toThrow(/BENCH_GPU: "yes"/);
    expect(() => launchOptions({ CHROMIUM_PATH: '/opt/none/chrome' }, only('/usr/bin/chromium'))).toThrow(
      /CHROMIUM_PATH: there is no browser at "\/opt\/none\/chrome"/,
    );
  });
});

describe('how Chromium says it drew', () => {
  it('reads a software fallback (SwiftShader) as raster and compositing on the CPU', () => {
    // This machine's Chromium, with and without --disable-gpu (SwiftShader, no GPU).
    const path = drawPath(
      { rasterization: 'disabled_software', gpu_compositing: 'disabled_software', webgl: 'unavailable_software' },
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))',
    );
    expect(path).toMatchObject({ raster: 'CPU', compositing: 'CPU' });
    expect(path.text).toBe(
      'raster on the CPU, compositing on the CPU (chrome://gpu: rasterization disabled_software, gpu_compositing disabled_software; ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero))))',
    );
  });

  it('tells GPU raster from GPU compositing with CPU raster (a driver that blocks only the raster)', () => {
    expect(drawPath({ rasterization: 'enabled', gpu_compositing: 'enabled' })).toMatchObject({
      raster: 'GPU',
      compositing: 'GPU',
    });
    expect(drawPath({ rasterization: 'disabled_off', gpu_compositing: 'enabled' })).toMatchObject({
      raster: 'CPU',
      compositing: 'GPU',
    });
  });

  it('counts a state Chromium did not report as the CPU, and says it was not reported', () => {
    const path = drawPath({});
    expect(path).toMatchObject({ raster: 'CPU', compositing: 'CPU' });
    expect(path.text).toContain('rasterization not reported');
  });
});
