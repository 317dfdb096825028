import { describe, expect, it, vi } from 'vitest';
import {
  escapeHtml,
  FAILURE_PAGE_PATH,
  FAILURE_STYLE_PATH,
  failurePageHtml,
  withFailurePage,
} from '../../../../main/core/server/failure-page.ts';
import { CSP_HEADER } from '../../../../main/core/server/csp.ts';

const info = { what: "the page's process ended (crashed, exit code 5)", at: 'Fri 27 Nov 10:00', logFolder: '/u/logs' };

describe('failurePageHtml', () => {
  it('says what happened and what staff can do, in Chinese and English', () => {
    const html = failurePageHtml(info);
    expect(html).toContain('展示暂时无法运行');
    expect(html).toContain('工作人员');
    expect(html).toContain('The display has stopped');
    expect(html).toContain('Staff: please restart this computer');
    expect(html).toContain(escapeHtml(info.what));
    expect(html).toContain('/u/logs');
  });

  it('has no script and no inline style, so the kiosk CSP allows it as it is', () => {
    const html = failurePageHtml(info);
    expect(html).not.toMatch(/<script|style=|<style/i);
    expect(html).toContain(`<link rel="stylesheet" href="${FAILURE_STYLE_PATH}">`);
  });

  it('escapes the texts it shows', () => {
    expect(failurePageHtml({ ...info, what: '<img src=x onerror=alert(1)>' })).not.toContain('<img');
  });
});

describe('withFailurePage', () => {
  const next = vi.fn(async () => new Response('content'));

  it('passes every other path to the content server', async () => {
    const handler = withFailurePage(next, () => info);
    await expect((await handler(new Request('app://kiosk/api/pack'))).text()).resolves.toBe('content');
  });

  it('answers 404 while nothing failed', async () => {
    const handler = withFailurePage(next, () => undefined);
    expect((await handler(new Request(`app://kiosk${FAILURE_PAGE_PATH}`))).status).toBe(404);
  });

  it('serves the page and its stylesheet with the kiosk CSP once something failed', async () => {
    const handler = withFailurePage(next, () => info);
    const page = await handler(new Request(`app://kiosk${FAILURE_PAGE_PATH}`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(await page.text()).toContain('Display paused');
    const css = await handler(new Request(`app://kiosk${FAILURE_STYLE_PATH}`));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});
