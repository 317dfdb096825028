/**
 * The kiosk's own Syncthing home (`<data>/booth/syncthing`): where the binary comes from, the keys and
 * config made on first use, and the settings forced into config.xml before Syncthing ever runs, so
 * that even its very first start stays off the internet (no global discovery, relays, NAT, usage or
 * crash reports, upgrades). The API key is Syncthing's own, kept in config.xml (mode 0600).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { writeFileAtomic } from '../../storage/write-file-atomic.ts';

/** Environment variable naming the Syncthing binary to use (before the bundled one and PATH). */
export const SYNCTHING_ENV = 'KIOSK_SYNCTHING';

export interface BinaryInputs {
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's `process.resourcesPath` in a packaged app (the installers bundle `syncthing/`). */
  resourcesPath?: string;
  platform?: NodeJS.Platform;
  fileExists?: (file: string) => boolean;
}

export type BinaryChoice =
  { path: string; source: 'env' | 'resources' | 'path' } | { path: undefined; looked: string[] };

/** KIOSK_SYNCTHING, then `<resources>/syncthing/syncthing[.exe]`, then `syncthing` on PATH. */
export function findSyncthingBinary(inputs: BinaryInputs): BinaryChoice {
  const platform = inputs.platform ?? process.platform;
  const exists = inputs.fileExists ?? existsSync;
  const exe = platform === 'win32' ? 'syncthing.exe' : 'syncthing';
  const looked: string[] = [];
  const fromEnv = inputs.env[SYNCTHING_ENV]?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return { path: fromEnv, source: 'env' };
    looked.push(`${SYNCTHING_ENV}=${fromEnv}`);
  }
  if (inputs.resourcesPath) {
    const bundled = path.join(inputs.resourcesPath, 'syncthing', exe);
    if (exists(bundled)) return { path: bundled, source: 'resources' };
    looked.push(bundled);
  }
  const pathVar = inputs.env.PATH ?? inputs.env.Path ?? '';
  const separator = platform === 'win32' ? ';' : ':';
  for (const dir of pathVar.split(separator).filter(Boolean)) {
    const candidate = path.join(dir, exe);
    if (exists(candidate)) return { path: candidate, source: 'path' };
  }
  looked.push(`${exe} on PATH`);
  return { path: undefined, looked };
}

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Values written into config.xml's <options> before the first start (XML element names). */
function privateXmlOptions(listenAddresses: string[], localDiscovery: boolean): Record<string, string | string[]> {
  return {
    listenAddress: listenAddresses,
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: String(localDiscovery),
    relaysEnabled: 'false',
    natEnabled: 'false',
    urAccepted: '-1',
    crashReportingEnabled: 'false',
    autoUpgradeIntervalH: '0',
    startBrowser: 'false',
  };
}

/** Sets each option element inside <options> (replacing every occurrence of repeated ones). */
export function setXmlOptions(xml: string, values: Record<string, string | string[]>): string {
  const match = /<options>([\s\S]*?)<\/options>/.exec(xml);
  if (!match) throw new Error('config.xml has no <options> element');
  let body = match[1]!;
  for (const [name, value] of Object.entries(values)) {
    const list = Array.isArray(value) ? value : [value];
    const elements = list.map((v) => `<${name}>${escapeXml(v)}</${name}>`).join('\n        ');
    const pattern = new RegExp(`[ \\t]*<${name}>[^<]*</${name}>[ \\t]*\\r?\\n?`, 'g');
    const first = body.search(pattern);
    body = body.replace(pattern, '');
    body =
      first >= 0 ? `${body.slice(0, first)}        ${elements}\n${body.slice(first)}` : `${body}    ${elements}\n    `;
  }
  return xml.replace(match[0], `<options>${body}</options>`);
}

/** The GUI's API key in config.xml, or undefined. */
export function apiKeyFromXml(xml: string): string | undefined {
  const gui = /<gui[\s\S]*?<\/gui>/.exec(xml)?.[0] ?? '';
  const key = /<apikey>([^<]*)<\/apikey>/.exec(gui)?.[1]?.trim();
  return key ? key : undefined;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface PreparedHome {
  home: string;
  apiKey: string;
}

/**
 * Makes the home usable: keys and config on first use (`syncthing generate`, with a random GUI
 * password nobody needs: the kiosk uses the API key, and nobody else should use the GUI), then the
 * private-network options written into config.xml, and the file made readable by its owner only.
 */
export async function prepareSyncthingHome(
  binary: string,
  home: string,
  options: { listenAddresses: string[]; localDiscovery: boolean },
): Promise<PreparedHome> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  const configFile = path.join(home, 'config.xml');
  if (!existsSync(configFile)) await generate(binary, home);
  let xml = await readFile(configFile, 'utf8');
  xml = setXmlOptions(xml, privateXmlOptions(options.listenAddresses, options.localDiscovery));
  let apiKey = apiKeyFromXml(xml);
  if (!apiKey) {
    apiKey = randomBytes(24).toString('base64url');
    xml = xml.replace(/<gui([^>]*)>/, `<gui$1>\n        <apikey>${apiKey}</apikey>`);
  }
  await writeFileAtomic(configFile, xml);
  await chmod(configFile, 0o600);
  return { home, apiKey };
}

function generate(binary: string, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      [
        'generate',
        `--home=${home}`,
        '--no-default-folder',
        '--skip-port-probing',
        '--gui-user=kiosk',
        '--gui-password=-',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`syncthing generate exited with ${code}: ${output.trim().split('\n').slice(-3).join(' / ')}`),
          ),
    );
    // A binary that exits at once closes its stdin first: EPIPE, which must not be an uncaught error.
    child.stdin.on('error', () => {});
    child.stdin.end(`${randomBytes(24).toString('base64url')}\n`);
  });
}
