/**
 * What an entry of a pack zip is, beyond the pack file and its media: a program or script (refused:
 * a kiosk never receives one), or something harmless that people keep beside their content (a
 * README, notes, licences, the files Explorer and Finder add), which the import leaves out with a
 * warning naming it rather than failing.
 */
import type { PackIssue } from './pack-issue.ts';

/**
 * Extensions of programs, scripts and documents that run code when opened (Windows, macOS, Linux,
 * and the interpreters a laptop may have). HTML runs scripts in a browser, so it is here too.
 */
const EXECUTABLE_EXTENSIONS = new Set([
  ...['exe', 'com', 'scr', 'pif', 'cpl', 'msi', 'msp', 'dll', 'sys', 'drv', 'ocx', 'lnk', 'url', 'reg', 'inf'],
  ...['bat', 'cmd', 'ps1', 'psm1', 'psd1', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'cjs', 'wsf', 'wsh', 'hta'],
  ...['sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'command', 'tool', 'app', 'pkg', 'dmg', 'scpt', 'applescript'],
  ...[
    'jar',
    'class',
    'py',
    'pyc',
    'pyw',
    'pl',
    'rb',
    'php',
    'lua',
    'so',
    'dylib',
    'bin',
    'run',
    'appimage',
    'deb',
    'rpm',
  ],
  ...['html', 'htm', 'xhtml', 'shtml', 'svgz', 'docm', 'xlsm', 'pptm', 'dotm', 'xltm'],
]);

/** Files that Windows and macOS add on their own when a folder is browsed or compressed. */
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', '.localized']);

export type ZipEntryKind = 'pack' | 'executable' | 'ignored';

/**
 * `allowed`: whether the name is the pack file or a media type the pack may hold. By name alone: a
 * Unix mode's executable bit is no sign (files copied from a FAT USB stick all carry it).
 */
export function classifyZipEntry(name: string, allowed: boolean): ZipEntryKind {
  const base = name.split('/').pop() ?? name;
  if (SYSTEM_FILES.has(base.toLowerCase()) || base.startsWith('._')) return 'ignored';
  if (allowed) return 'pack';
  const extension = /\.([^./]+)$/.exec(base)?.[1]?.toLowerCase();
  return extension !== undefined && EXECUTABLE_EXTENSIONS.has(extension) ? 'executable' : 'ignored';
}

/**
 * One warning per ignored file, except macOS's `__MACOSX/` folder (one resource fork per file),
 * which gets one warning for all of it.
 */
export function ignoredEntryWarnings(names: readonly string[]): PackIssue[] {
  const forks = names.filter((n) => n.startsWith('__MACOSX/'));
  const warnings: PackIssue[] = names
    .filter((n) => !n.startsWith('__MACOSX/'))
    .map((file) => ({ severity: 'warning', file, path: '', message: ignoredReason(file) }));
  if (forks.length > 0)
    warnings.push({
      severity: 'warning',
      file: '__MACOSX/',
      path: '',
      message: `ignored: ${forks.length} file${forks.length === 1 ? '' : 's'} that macOS adds when it compresses a folder`,
    });
  return warnings;
}

function ignoredReason(file: string): string {
  const base = (file.split('/').pop() ?? file).toLowerCase();
  if (SYSTEM_FILES.has(base) || base.startsWith('._')) return 'ignored: a file the operating system adds';
  return 'ignored: not part of what the kiosk shows (a note, document or other file); the import goes on without it';
}
