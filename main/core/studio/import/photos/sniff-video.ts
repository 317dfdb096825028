/**
 * Whether Chromium (the kiosk's engine) plays a video file, from its bytes: the container (MP4's
 * boxes, WebM's EBML elements) and the codec of its video track (the MP4 sample description's
 * four letters, WebM's CodecID). Phones and editing programs often write HEVC or ProRes, which
 * Chromium does not decode: those are refused with how to convert them, before the kiosk shows
 * a black rectangle at a fair.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { PhotoRefusalReason } from '../../../../contract/studio-photos.ts';

export type VideoVerdict =
  { ok: true; container: 'mp4' | 'webm'; codec: string } | { ok: false; reason: PhotoRefusalReason; message: string };

/** MP4 sample entries Chromium decodes: H.264, VP9 and AV1. */
const MP4_PLAYABLE = new Set(['avc1', 'avc3', 'vp09', 'av01']);
const MP4_HEVC = new Set(['hvc1', 'hev1', 'dvh1', 'dvhe', 'V_MPEGH/ISO/HEVC']);
const MP4_PRORES = new Set(['apcn', 'apch', 'apcs', 'apco', 'ap4h', 'ap4x']);
const WEBM_PLAYABLE = new Set(['V_VP8', 'V_VP9', 'V_AV1']);
/** The moov box holds the sample descriptions; larger than this is not a kiosk loop's. */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
/** A WebM's Tracks come before its first Cluster, within its first bytes. */
const WEBM_HEAD_BYTES = 4 * 1024 * 1024;

const CONVERT = 'convert it with HandBrake (free): preset "Fast 1080p30", format MP4, video codec H.264';

/** The verdict on the video at `file` (named `name` by staff). Never throws for the file's content. */
export async function sniffVideo(file: string, name: string): Promise<VideoVerdict> {
  const handle = await open(file, 'r');
  try {
    const head = await readAt(handle, 0, 16);
    if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3)
      return webmVerdict(await readAt(handle, 0, WEBM_HEAD_BYTES), name);
    if (head.toString('latin1', 4, 8) === 'ftyp') return await mp4Verdict(handle, name, head.toString('latin1', 8, 12));
    return refuse('video-container', `"${name}" is not an MP4 or WebM video: ${CONVERT}`);
  } finally {
    await handle.close();
  }
}

function refuse(reason: PhotoRefusalReason, message: string): VideoVerdict {
  return { ok: false, reason, message };
}

function codecVerdict(container: 'mp4' | 'webm', codec: string | undefined, name: string): VideoVerdict {
  if (codec === undefined)
    return refuse('video-codec', `"${name}" holds no video track the studio can find: ${CONVERT}`);
  if (container === 'mp4' ? MP4_PLAYABLE.has(codec) : WEBM_PLAYABLE.has(codec)) return { ok: true, container, codec };
  if (MP4_HEVC.has(codec)) {
    return refuse('video-hevc', `"${name}" is HEVC (H.265) video, which the kiosk cannot play: ${CONVERT}`);
  }
  if (MP4_PRORES.has(codec)) {
    return refuse('video-prores', `"${name}" is Apple ProRes video, which the kiosk cannot play: ${CONVERT}`);
  }
  return refuse('video-codec', `"${name}" uses the video codec "${codec}", which the kiosk cannot play: ${CONVERT}`);
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function mp4Verdict(handle: FileHandle, name: string, brand: string): Promise<VideoVerdict> {
  if (brand === 'qt  ') {
    // A QuickTime movie: Chromium may play its H.264 but not its usual PCM sound or ProRes.
    return refuse('video-container', `"${name}" is a QuickTime (MOV) movie, not an MP4: ${CONVERT}`);
  }
  if (['heic', 'heix', 'mif1', 'msf1', 'avif', 'avis'].includes(brand)) {
    return refuse('video-container', `"${name}" is a HEIF picture, not a video: ${CONVERT}`);
  }
  const { size } = await handle.stat();
  // moov may sit after the media data (no "fast start"): walk the top-level boxes to it.
  for (let at = 0; at + 8 <= size;) {
    const header = await readAt(handle, at, 16);
    if (header.length < 8) break;
    let boxSize = header.readUInt32BE(0);
    let headerSize = 8;
    if (boxSize === 1 && header.length >= 16) {
      boxSize = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (boxSize === 0) {
      boxSize = size - at;
    }
    if (boxSize < headerSize) break;
    if (header.toString('latin1', 4, 8) === 'moov') {
      if (boxSize > MAX_MOOV_BYTES)
        return refuse('video-codec', `"${name}" has an index too large for a kiosk loop: ${CONVERT}`);
      const moov = await readAt(handle, at + headerSize, boxSize - headerSize);
      return codecVerdict('mp4', videoSampleEntry(moov), name);
    }
    at += boxSize;
  }
  return refuse('video-codec', `"${name}" has no index (moov box): it may be cut short; ${CONVERT}`);
}

/** Each child box of `data` (a box's payload). */
function* boxes(data: Buffer): Generator<{ type: string; payload: Buffer }> {
  for (let at = 0; at + 8 <= data.length;) {
    let size = data.readUInt32BE(at);
    let headerSize = 8;
    if (size === 1 && at + 16 <= data.length) {
      size = Number(data.readBigUInt64BE(at + 8));
      headerSize = 16;
    } else if (size === 0) {
      size = data.length - at;
    }
    if (size < headerSize || at + size > data.length) return;
    yield { type: data.toString('latin1', at + 4, at + 8), payload: data.subarray(at + headerSize, at + size) };
    at += size;
  }
}

const child = (data: Buffer, type: string) => [...boxes(data)].find((b) => b.type === type)?.payload;

/** The four letters of the first sample entry of the first video track (moov › trak › mdia › …). */
function videoSampleEntry(moov: Buffer): string | undefined {
  for (const trak of boxes(moov)) {
    if (trak.type !== 'trak') continue;
    const mdia = child(trak.payload, 'mdia');
    const hdlr = mdia && child(mdia, 'hdlr');
    // hdlr: version and flags (4), pre_defined (4), handler type (4).
    if (!hdlr || hdlr.length < 12 || hdlr.toString('latin1', 8, 12) !== 'vide') continue;
    const minf = child(mdia, 'minf');
    const stbl = minf && child(minf, 'stbl');
    const stsd = stbl && child(stbl, 'stsd');
    // stsd: version and flags (4), entry count (4), then entries: size (4), format (4).
    if (!stsd || stsd.length < 16) continue;
    return stsd.toString('latin1', 12, 16);
  }
  return undefined;
}

/** EBML ids (with their length marker) and sizes. */
function readId(b: Buffer, at: number): { id: number; length: number } | undefined {
  const first = b[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 4 || at + length > b.length) return undefined;
  let id = 0;
  for (let i = 0; i < length; i++) id = id * 256 + b[at + i]!;
  return { id, length };
}

function readSize(b: Buffer, at: number): { size: number; length: number } | undefined {
  const first = b[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (at + length > b.length) return undefined;
  let size = first & (0xff >> length);
  let unknown = size === 0xff >> length;
  for (let i = 1; i < length; i++) {
    size = size * 256 + b[at + i]!;
    if (b[at + i] !== 0xff) unknown = false;
  }
  return { size: unknown ? Infinity : size, length };
}

const EBML = {
  segment: 0x18538067,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  codecId: 0x86,
  cluster: 0x1f43b675,
};
const CONTAINERS = new Set([EBML.segment, EBML.tracks, EBML.trackEntry]);

function webmVerdict(head: Buffer, name: string): VideoVerdict {
  let codec: string | undefined;
  let type: number | undefined;
  let found: string | undefined;
  const endEntry = () => {
    if (found === undefined && type === 1) found = codec;
    codec = undefined;
    type = undefined;
  };
  // Walk the elements in file order: into Segment, Tracks and each TrackEntry, past the rest.
  const ends: number[] = [];
  for (let at = 0; at < head.length && found === undefined;) {
    while (ends.length && at >= ends[ends.length - 1]!) {
      ends.pop();
      endEntry();
    }
    const id = readId(head, at);
    const size = id && readSize(head, at + id.length);
    if (!id || !size) break;
    const start = at + id.length + size.length;
    if (id.id === EBML.cluster) break;
    if (CONTAINERS.has(id.id)) {
      if (id.id === EBML.trackEntry) endEntry();
      ends.push(start + size.size);
      at = start;
      continue;
    }
    if (id.id === EBML.codecId) codec = head.toString('latin1', start, start + size.size).replace(/\0+$/, '');
    if (id.id === EBML.trackType) type = head[start];
    at = start + size.size;
  }
  if (found === undefined) endEntry();
  return codecVerdict('webm', found, name);
}
