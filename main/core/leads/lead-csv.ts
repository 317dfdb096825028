/**
 * The leads as a CSV for the bureau's spreadsheet: the same writer as the statistics' export (UTF-8
 * with a byte-order mark for Excel, formula-like cells neutralised), one lead per row.
 */
import { toCsv } from '../stats/csv.ts';
import type { Lead } from './lead.ts';

export const LEADS_CSV_HEADER = [
  'reference',
  'time',
  'language',
  'item kind',
  'item id',
  'item',
  'name',
  'organisation',
  'contact',
  'country',
  'message',
] as const;

export function leadsToCsv(leads: readonly Lead[]): string {
  const rows = leads.map((lead) => [
    lead.reference,
    lead.at,
    lead.language,
    lead.item.kind,
    lead.item.id,
    lead.item.title,
    lead.name,
    lead.organisation,
    lead.contact,
    lead.country,
    lead.message,
  ]);
  return toCsv([[...LEADS_CSV_HEADER], ...rows]);
}
