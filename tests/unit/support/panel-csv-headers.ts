import { readFileSync } from 'node:fs';
import type { StatsCsvHeader } from '../../../main/contract/ipc.ts';

/** The statistics CSV's column names as the Chinese panel sends them: from its locale file. */
export const CHINESE_STATS_CSV_HEADER: StatsCsvHeader = JSON.parse(readFileSync('locales/zh-CN/admin.json', 'utf8'))
  .stats.csv;
