/** The laptop's statistics pooled from every kiosk of the booth: per kiosk and in total, by hour and day. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { BoothPooledStats } from '../../../main/contract/booth';
import type { DateRange } from '../../../main/contract/ipc';
import type { Pack } from '../../../main/core/pack/schema';
import { kiosk } from '../kiosk/kiosk-client';
import { languageName, useAdminT } from './admin-i18n';
import { ExportOutcome, Notice, RefreshAndExport, Section, Segmented, showAnswer, useExport } from './admin-controls';
import { statsCsvHeader } from './csv-headers';
import { BarChart, DoughnutChart } from './stats-charts';
import { daysBefore, localDate, topCounts, visitsByHour } from './stats-model';
import { useItemNames } from './item-names';

export function PooledStats({ pack }: { pack: Pack | null }) {
  const { t, lang } = useAdminT();
  const { interestName } = useItemNames(pack);
  const today = localDate(new Date());
  const [preset, setPreset] = useState<'today' | 'fair'>('today');
  const range: DateRange = preset === 'today' ? { from: today, to: today } : { from: daysBefore(today, 6), to: today };
  const [stats, setStats] = useState<BoothPooledStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exported = useExport(setError);
  const { from, to } = range;
  const load = useCallback(() => showAnswer(kiosk['booth:stats']({ from, to }), setStats, setError), [from, to]);
  useEffect(load, [load]);

  const days = stats ? [...new Set(stats.total.hours.map((h) => h.date))].sort() : [];
  const visitsOn = (hours: BoothPooledStats['total']['hours'], day: string) =>
    hours.filter((h) => h.date === day).reduce((sum, h) => sum + h.visits, 0);
  const columns = ['visits', 'screenViews', 'taps', 'languageChanges', 'interest'] as const;

  return (
    <Section title={t('booth.statsTitle')} testId="booth-stats">
      <div className="adm-range">
        <Segmented
          label={t('stats.range')}
          value={preset}
          options={(['today', 'fair'] as const).map((p) => ({ value: p, label: t(`stats.${p}`) }))}
          onChange={setPreset}
          testIdPrefix="booth-stats-"
        />
        <RefreshAndExport
          testIdPrefix="booth-stats-"
          refreshLabel={t('stats.refresh')}
          exportLabel={t('stats.export')}
          exporting={exported.running}
          onRefresh={load}
          onExport={() => void exported.run(() => kiosk['booth:export-csv']({ from, to }, statsCsvHeader(t)))}
        />
      </div>
      <ExportOutcome
        result={exported.result}
        testIdPrefix="booth-stats-"
        written={t('stats.exported', {
          count: exported.result?.status === 'written' ? exported.result.files.length : 0,
        })}
        cancelled={t('stats.exportCancelled')}
      />
      {error && <Notice kind="bad">{t('error', { message: error })}</Notice>}
      {stats && stats.excluded.length > 0 && (
        <Notice kind="warn" testId="booth-stats-excluded">
          {t('booth.excluded', { names: stats.excluded.map((k) => k.name).join(', ') })}
        </Notice>
      )}
      {stats && (
        <>
          <table className="adm-table" data-testid="booth-stats-table">
            <thead>
              <tr>
                <th scope="col">{t('booth.columns.kiosk')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {t(`stats.totals.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.kiosks.map((k) => (
                <tr key={k.deviceId} data-testid="booth-stats-kiosk">
                  <td>{k.name}</td>
                  {columns.map((c) => (
                    <td key={c}>{k.summary.totals[c].toLocaleString(lang)}</td>
                  ))}
                </tr>
              ))}
              <tr data-testid="booth-stats-total">
                <td>
                  <strong>{t('booth.total')}</strong>
                </td>
                {columns.map((c) => (
                  <td key={c} data-testid={`booth-total-${c}`}>
                    <strong>{stats.total.totals[c].toLocaleString(lang)}</strong>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <div className="adm-grid">
            <Section title={t('stats.byHour')}>
              <BarChart
                series={{
                  labels: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
                  values: visitsByHour(stats.total.hours),
                }}
                label={t('stats.byHour')}
                testId="booth-chart-hours"
              />
            </Section>
            <ChartOrNone title={t('booth.byDay')} empty={days.length === 0}>
              <BarChart
                series={{ labels: days, values: days.map((d) => visitsOn(stats.total.hours, d)) }}
                label={t('booth.byDay')}
                testId="booth-chart-days"
              />
            </ChartOrNone>
            <ChartOrNone title={t('stats.interest')} empty={stats.total.totals.interest === 0}>
              <BarChart
                series={ranking(stats.total, (h) => h.interest, interestName)}
                label={t('stats.interest')}
                testId="booth-chart-interest"
              />
            </ChartOrNone>
            <ChartOrNone title={t('stats.languages')} empty={stats.total.totals.languageChanges === 0}>
              <DoughnutChart
                series={ranking(stats.total, (h) => h.languages, languageName)}
                label={t('stats.languages')}
              />
            </ChartOrNone>
          </div>
        </>
      )}
    </Section>
  );
}

/** A card with its chart, or "no data yet" when there is nothing to draw. */
function ChartOrNone({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useAdminT();
  return <Section title={title}>{empty ? <p className="adm-muted adm-empty">{t('stats.none')}</p> : children}</Section>;
}

/** The pooled hours' top keys of `pick` as a chart's series, each key by its name. */
function ranking(
  summary: BoothPooledStats['total'],
  pick: Parameters<typeof topCounts>[1],
  name: (key: string) => string,
) {
  const entries = topCounts(summary, pick);
  return { labels: entries.map(([k]) => name(k)), values: entries.map(([, n]) => n) };
}
