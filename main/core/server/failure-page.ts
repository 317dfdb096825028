/**
 * The page the kiosk shows when it gave up restarting its crashed page: what happened and what
 * staff can do, in Chinese and English. It is served on the kiosk's own origin, at
 * `app://kiosk/__kiosk/failure`, by a wrapper around the content server, because that is what the
 * window may load: the session lets only app://kiosk through, the CSP allows only same-origin
 * styles and no inline anything, and main's `loadURL` is not subject to the page navigation ban.
 * The page is static HTML and one stylesheet, no script: the least that can go wrong.
 */
import { CSP_HEADER } from './csp.ts';

/** Path of the failure page on the kiosk origin. */
export const FAILURE_PAGE_PATH = '/__kiosk/failure';

/** Path of its stylesheet. */
export const FAILURE_STYLE_PATH = '/__kiosk/failure.css';

/** What the page reports. */
export interface FailureInfo {
  /** One sentence on what happened (from the log). */
  what: string;
  /** When it gave up, as staff would read it. */
  at: string;
  /** Where the log files are. */
  logFolder: string;
}

/** HTML-escapes text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The failure page's HTML. */
export function failurePageHtml(info: FailureInfo): string {
  const what = escapeHtml(info.what);
  const at = escapeHtml(info.at);
  const logs = escapeHtml(info.logFolder);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>展示暂停 · Display paused</title>
<link rel="stylesheet" href="${FAILURE_STYLE_PATH}">
</head>
<body>
<main>
<section lang="zh-CN">
<h1>展示暂时无法运行</h1>
<p>本机的展示页面多次意外退出，已自动重试但未能恢复。</p>
<p class="staff">工作人员：请重新启动本机（关机后再开机），或使用管理面板退出后重新打开程序。本页面将在约 10 分钟后自动重试。如问题反复出现，请将日志文件夹交给技术支持。</p>
</section>
<section lang="en">
<h1>The display has stopped</h1>
<p>The kiosk page stopped unexpectedly several times; automatic restarts did not bring it back.</p>
<p class="staff">Staff: please restart this computer (switch it off and on), or exit from the admin panel and start the program again. This page tries again by itself in about 10 minutes. If it keeps happening, give the log folder to technical support.</p>
</section>
<dl>
<dt>原因 · Cause</dt><dd>${what}</dd>
<dt>时间 · Time</dt><dd>${at}</dd>
<dt>日志 · Logs</dt><dd>${logs}</dd>
</dl>
</main>
</body>
</html>
`;
}

/** The failure page's stylesheet: large, calm, readable from a few metres. */
export const FAILURE_CSS = `html, body { margin: 0; height: 100%; background: #0b1e3f; color: #f4f6fb; cursor: default; }
body { display: flex; align-items: center; justify-content: center; font-family: system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; }
main { max-width: 70rem; padding: 3rem; }
h1 { font-size: 2.6rem; margin: 0 0 1rem; }
p { font-size: 1.5rem; line-height: 1.6; margin: 0 0 0.8rem; }
.staff { color: #ffd479; }
section + section { margin-top: 2.5rem; padding-top: 2rem; border-top: 1px solid #31476f; }
dl { margin-top: 2.5rem; font-size: 1.1rem; color: #b9c3d8; display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1.5rem; }
dd { margin: 0; word-break: break-all; }
`;

/** A fetch-standard handler, as the content server is. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Wraps `handler` so that the failure page and its stylesheet are answered here, from what
 * `getFailure` returns (404 while nothing failed), and every other path goes to `handler`.
 */
export function withFailurePage(handler: FetchHandler, getFailure: () => FailureInfo | undefined): FetchHandler {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname !== FAILURE_PAGE_PATH && pathname !== FAILURE_STYLE_PATH) return handler(request);
    const headers = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CSP_HEADER,
    };
    const failure = getFailure();
    if (!failure)
      return new Response('Not Found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' } });
    if (pathname === FAILURE_STYLE_PATH) {
      return new Response(FAILURE_CSS, { headers: { ...headers, 'Content-Type': 'text/css; charset=utf-8' } });
    }
    return new Response(failurePageHtml(failure), {
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    });
  };
}
