/** The column names of the CSV files the panel exports, in its language: the bureau's spreadsheets. */
import type { TFunction } from 'i18next';
import type { LeadsCsvHeader, StatsCsvHeader } from '../../../main/contract/ipc';

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

export function statsCsvHeader(t: TFunction<'admin'>): StatsCsvHeader {
  return {
    kiosk: t('stats.csv.kiosk'),
    date: t('stats.csv.date'),
    hour: t('stats.csv.hour'),
    metric: t('stats.csv.metric'),
    kind: t('stats.csv.kind'),
    key: t('stats.csv.key'),
    count: t('stats.csv.count'),
  };
}
