import type { TFunction } from 'i18next';
import type { LeadsCsvHeader } from '../../../main/contract/ipc';

/** The leads CSV's column names in the panel's language (the CSV is the bureau's spreadsheet). */
export function leadsCsvHeader(t: TFunction<'admin'>): LeadsCsvHeader {
  return {
    reference: t('leads.csv.reference'),
    time: t('leads.csv.time'),
    language: t('leads.csv.language'),
    itemKind: t('leads.csv.itemKind'),
    itemId: t('leads.csv.itemId'),
    item: t('leads.csv.item'),
    name: t('leads.csv.name'),
    organisation: t('leads.csv.organisation'),
    contact: t('leads.csv.contact'),
    country: t('leads.csv.country'),
    message: t('leads.csv.message'),
    kiosk: t('leads.csv.kiosk'),
  };
}
