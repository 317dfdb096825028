/**
 * The leads as a CSV for the bureau's spreadsheet: the same writer as the statistics' export (UTF-8
 * with a byte-order mark for Excel, formula-like cells neutralised), one lead per row. The panel
 * names the columns in its language; the English names are the fallback.
 */
import { LEAD_CSV_COLUMNS, type LeadsCsvHeader } from '../../contract/ipc.ts';
import { toCsv } from '../stats/csv.ts';
import type { Lead } from './lead.ts';

export const ENGLISH_LEADS_CSV_HEADER: LeadsCsvHeader = {
  reference: 'reference',
  time: 'time',
  language: 'language',
  itemKind: 'item kind',
  itemId: 'item id',
  item: 'item',
  name: 'name',
  organisation: 'organisation',
  contact: 'contact',
  country: 'country',
  message: 'message',
  kiosk: 'kiosk',
};

/** A booth's laptop lists its kiosks' leads with the kiosk's name. */
type ListedLead = Lead & { kiosk?: string };

export function leadsToCsv(leads: readonly ListedLead[], header: LeadsCsvHeader = ENGLISH_LEADS_CSV_HEADER): string {
  const rows = leads.map((lead) => {
    const cells: Record<keyof LeadsCsvHeader, string> = {
      reference: lead.reference,
      time: lead.at,
      language: lead.language,
      itemKind: lead.item.kind,
      itemId: lead.item.id,
      item: lead.item.title,
      name: lead.name,
      organisation: lead.organisation,
      contact: lead.contact,
      country: lead.country,
      message: lead.message,
      kiosk: lead.kiosk ?? '',
    };
    return LEAD_CSV_COLUMNS.map((column) => cells[column]);
  });
  return toCsv([LEAD_CSV_COLUMNS.map((column) => header[column]), ...rows]);
}
