/**
 * The figures of a run, in the order taken: each printed as it is taken, with the load average at
 * that moment, and kept for the results (bench/report.ts).
 */
import os from 'node:os';

export interface Row {
  id: string;
  figure: string;
  /** The figure in its unit, or null when not measured. */
  value: number | null;
  unit: string;
  /** How the value reads in the table. */
  display: string;
  target?: string;
  /** true met, false missed, undefined: no target. */
  met?: boolean;
  /** os.loadavg() when the figure was taken. */
  load: number[];
  note?: string;
  detail?: unknown;
}

export const rows: Row[] = [];
export const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Keeps a figure, stamped with the load average now, and prints it. */
export function add(row: Omit<Row, 'load'>): void {
  const full = { ...row, load: load() };
  rows.push(full);
  const mark = full.met === undefined ? ' ' : full.met ? '✔' : '✖';
  console.log(
    `${mark} ${full.figure}: ${full.display}${full.target ? ` (target ${full.target})` : ''}  [load ${full.load}]`,
  );
}
