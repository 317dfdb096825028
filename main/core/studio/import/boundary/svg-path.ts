/**
 * Projected rings as the compact SVG paths a pack holds (absolute start, relative steps, one
 * decimal), and back. Rounding is done on absolute points, so a vertex two districts share is
 * written to the same place in both.
 */
export type XY = [number, number];

/** One decimal: plenty at a 1000-unit viewBox, and compact. */
export const round1 = (n: number): number => Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0

export function ringsToPath(rings: XY[][]): string {
  const out: string[] = [];
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [round1(x), round1(y)] as XY);
    const dedup = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
    while (dedup.length > 1 && dedup[0]![0] === dedup.at(-1)![0] && dedup[0]![1] === dedup.at(-1)![1]) dedup.pop();
    if (dedup.length < 3) continue;
    const steps: string[] = [];
    for (let i = 1; i < dedup.length; i++) {
      steps.push(`${round1(dedup[i]![0] - dedup[i - 1]![0])} ${round1(dedup[i]![1] - dedup[i - 1]![1])}`);
    }
    out.push(`M${dedup[0]![0]} ${dedup[0]![1]}l${steps.join(' ')}z`);
  }
  return out.join('');
}

/** The rings of a path written by ringsToPath, as absolute points rounded to one decimal. */
export function parsePathPoints(d: string): XY[][] {
  const rings: XY[][] = [];
  const re = /M([-\d.]+) ([-\d.]+)l([^Mz]*)z/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d))) {
    let x = Number(m[1]);
    let y = Number(m[2]);
    const ring: XY[] = [[x, y]];
    const nums = m[3]!.trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x = round1(x + nums[i]!);
      y = round1(y + nums[i + 1]!);
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}
