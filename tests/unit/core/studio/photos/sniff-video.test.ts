/**
 * The video check on containers written here box by box, as cameras, phones and editors write them:
 * H.264 and VP8/VP9 play in Chromium; HEVC from a phone and ProRes from an editing suite do not, and
 * the message says how to convert them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffVideo } from '../../../../../main/core/studio/import/photos/sniff-video.ts';

const box = (type: string, ...parts: Buffer[]) => {
  const payload = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(payload.length + 8, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
};
const fullBox = (type: string, ...parts: Buffer[]) => box(type, Buffer.alloc(4), ...parts);
const ascii = (text: string) => Buffer.from(text, 'latin1');
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

function track(handler: string, format: string): Buffer {
  const entry = box(format, Buffer.alloc(78)); // a visual sample entry's fixed fields, zeroed
  return box(
    'trak',
    fullBox('tkhd', Buffer.alloc(80)),
    box(
      'mdia',
      fullBox('mdhd', Buffer.alloc(20)),
      fullBox('hdlr', u32(0), ascii(handler), Buffer.alloc(12), ascii('x\0')),
      box('minf', box('stbl', fullBox('stsd', u32(1), entry))),
    ),
  );
}

/** An MP4 with a sound track first and a video track in `format`; `moovLast`: no fast start. */
function mp4(format: string, { moovLast = false, brand = 'isom' } = {}): Buffer {
  const ftyp = box('ftyp', ascii(brand), u32(512), ascii('isomiso2avc1mp41'));
  const moov = box('moov', fullBox('mvhd', Buffer.alloc(96)), track('soun', 'mp4a'), track('vide', format));
  const mdat = box('mdat', Buffer.alloc(4096, 7));
  return Buffer.concat(moovLast ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}

/** EBML element: id bytes, size as an 8-byte vint (or unknown), payload. */
function el(id: number[], payload: Buffer | null, unknownSize = false): Buffer {
  const size = Buffer.alloc(8);
  if (unknownSize) size.fill(0xff, 0, 8).writeUInt8(0x01, 0);
  else {
    size.writeUInt8(0x01, 0);
    size.writeUIntBE(payload?.length ?? 0, 2, 6);
  }
  return Buffer.concat([Buffer.from(id), size, payload ?? Buffer.alloc(0)]);
}

function webm(codec: string, docType = 'webm'): Buffer {
  const header = el([0x1a, 0x45, 0xdf, 0xa3], Buffer.concat([el([0x42, 0x82], ascii(docType))]));
  const entry = (type: number, id: string) =>
    el(
      [0xae],
      Buffer.concat([el([0xd7], Buffer.from([type])), el([0x83], Buffer.from([type])), el([0x86], ascii(id))]),
    );
  const tracks = el([0x16, 0x54, 0xae, 0x6b], Buffer.concat([entry(2, 'A_OPUS'), entry(1, codec)]));
  const info = el([0x15, 0x49, 0xa9, 0x66], el([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])));
  const cluster = el([0x1f, 0x43, 0xb6, 0x75], Buffer.alloc(64));
  return Buffer.concat([header, el([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, tracks, cluster]), true)]);
}

describe('sniffVideo', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sniff-video-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const verdict = async (bytes: Buffer, name: string) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return sniffVideo(file, name);
  };

  it('accepts H.264 MP4 (avc1, avc3), with the index first or last', async () => {
    expect(await verdict(mp4('avc1'), 'a.mp4')).toEqual({ ok: true, container: 'mp4', codec: 'avc1' });
    expect(await verdict(mp4('avc3', { moovLast: true }), 'b.mp4')).toEqual({
      ok: true,
      container: 'mp4',
      codec: 'avc3',
    });
  });

  it('refuses HEVC from a phone, saying how to convert it', async () => {
    for (const format of ['hvc1', 'hev1']) {
      const answer = await verdict(mp4(format, { moovLast: true }), `IMG_${format}.mp4`);
      expect(answer).toMatchObject({ ok: false, reason: 'video-hevc' });
      expect(!answer.ok && answer.message).toMatch(/HEVC.*HandBrake.*H\.264/);
    }
  });

  it('refuses ProRes, saying how to convert it', async () => {
    for (const format of ['apcn', 'apch', 'ap4h']) {
      const answer = await verdict(mp4(format), `master-${format}.mp4`);
      expect(answer).toMatchObject({ ok: false, reason: 'video-prores' });
      expect(!answer.ok && answer.message).toContain('HandBrake');
    }
  });

  it('refuses a QuickTime movie named .mp4 and an unknown codec', async () => {
    expect(await verdict(mp4('avc1', { brand: 'qt  ' }), 'clip.mp4')).toMatchObject({
      ok: false,
      reason: 'video-container',
    });
    expect(await verdict(mp4('mp4v'), 'old.mp4')).toMatchObject({ ok: false, reason: 'video-codec' });
  });

  it('accepts VP8 and VP9 WebM, and refuses another codec in WebM or Matroska', async () => {
    expect(await verdict(webm('V_VP8'), 'a.webm')).toEqual({ ok: true, container: 'webm', codec: 'V_VP8' });
    expect(await verdict(webm('V_VP9'), 'b.webm')).toEqual({ ok: true, container: 'webm', codec: 'V_VP9' });
    const hevc = await verdict(webm('V_MPEGH/ISO/HEVC', 'matroska'), 'c.webm');
    expect(hevc).toMatchObject({ ok: false, reason: 'video-hevc' });
  });

  it('refuses what is not a video container at all', async () => {
    expect(await verdict(ascii('not a video'), 'x.mp4')).toMatchObject({ ok: false, reason: 'video-container' });
  });
});
