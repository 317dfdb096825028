/** Statistics: a date range, totals, charts (chart.js), and the CSV export. */
import { useCallback, useEffect, useState } from 'react';
import type { DateRange, StatsSummary } from '../../../main/contract/ipc';
import type { Pack } from '../../../main/core/pack/schema';
import { languageName, useAdminT } from './admin-i18n';
import { useItemNames } from './item-names';
import { BarChart, DoughnutChart, type Series } from './stats-charts';
import { kiosk } from '../kiosk/kiosk-client';
import { daysBefore, localDate, topCounts, topTaps, visitsByHour } from './stats-model';
import { ExportOutcome, Notice, RefreshAndExport, Section, Segmented, showAnswer, useExport } from './admin-controls';
import { statsCsvHeader } from './csv-headers';

function toSeries(entries: Array<[string, number]>, name: (key: string) => string): Series {
  return { labels: entries.map(([k]) => name(k)), values: entries.map(([, n]) => n) };
}

export function StatsSection({ pack }: { pack: Pack | null }) {
  const { t, lang } = useAdminT();
  const today = localDate(new Date());
  const [preset, setPreset] = useState<'today' | 'fair'>('today');
  const [range, setRange] = useState<DateRange>({ from: today, to: today });
  const [summary, setSummary] = useState<StatsSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exported = useExport(setError);

  const load = useCallback(() => {
    if (!range.from || !range.to || range.from > range.to) return;
    showAnswer(kiosk['stats:summary'](range), setSummary, setError);
  }, [range]);
  useEffect(load, [load]);

  const { nameOf, interestName } = useItemNames(pack);

  const exportCsv = () => exported.run(() => kiosk['stats:export-csv'](range, statsCsvHeader(t)));

  const choose = (p: 'today' | 'fair') => {
    setPreset(p);
    exported.clear();
    setRange(p === 'today' ? { from: today, to: today } : { from: daysBefore(today, 6), to: today });
  };

  const totals = summary?.totals;
  const hourSeries: Series | null = summary
    ? { labels: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')), values: visitsByHour(summary.hours) }
    : null;

  return (
    <div className="adm-grid adm-grid--one" data-testid="section-stats">
      <Section title={t('stats.range')}>
        <div className="adm-range">
          <Segmented
            label={t('stats.range')}
            value={preset}
            options={(['today', 'fair'] as const).map((p) => ({ value: p, label: t(`stats.${p}`) }))}
            onChange={choose}
            testIdPrefix="stats-"
          />
          {preset === 'fair' && (
            <div className="adm-range__dates">
              <label>
                {t('stats.from')}
                <input
                  className="adm-input"
                  type="date"
                  data-testid="stats-from"
                  value={range.from}
                  max={range.to}
                  onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
                />
              </label>
              <label>
                {t('stats.to')}
                <input
                  className="adm-input"
                  type="date"
                  data-testid="stats-to"
                  value={range.to}
                  min={range.from}
                  onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
                />
              </label>
            </div>
          )}
          <RefreshAndExport
            testIdPrefix="stats-"
            refreshLabel={t('stats.refresh')}
            exportLabel={t('stats.export')}
            exporting={exported.running}
            onRefresh={load}
            onExport={() => void exportCsv()}
          />
        </div>
        <ExportOutcome
          result={exported.result}
          testIdPrefix="stats-"
          written={t('stats.exported', {
            count: exported.result?.status === 'written' ? exported.result.files.length : 0,
          })}
          cancelled={t('stats.exportCancelled')}
        />
        {error && (
          <Notice kind="bad" testId="stats-error">
            {t('error', { message: error })}
          </Notice>
        )}
      </Section>

      {summary && totals && (
        <>
          <div className="adm-totals" data-testid="stats-totals">
            {(['visits', 'screenViews', 'taps', 'languageChanges', 'videoPlays', 'interest'] as const).map((k) => (
              <div key={k} className="adm-total">
                <span className="adm-total__value" data-testid={`stats-total-${k}`}>
                  {totals[k].toLocaleString(lang)}
                </span>
                <span className="adm-total__label">{t(`stats.totals.${k}`)}</span>
              </div>
            ))}
          </div>
          {summary.skippedLines > 0 && (
            <Notice kind="warn">{t('stats.skipped', { count: summary.skippedLines })}</Notice>
          )}
          <div className="adm-grid">
            <Section title={t('stats.byHour')}>
              {hourSeries && <BarChart series={hourSeries} label={t('stats.byHour')} testId="chart-hours" />}
            </Section>
            <ChartSection
              title={t('stats.screens')}
              series={toSeries(
                topCounts(summary, (h) => h.screenViews),
                (k) => t(`stats.screen.${k}`, { defaultValue: k }),
              )}
              testId="chart-screens"
            />
            {(['enterprise', 'cluster', 'district'] as const).map((kind) => (
              <ChartSection
                key={kind}
                title={t(`stats.top.${kind}`)}
                series={toSeries(topTaps(summary, kind), nameOf(kind))}
                testId={`chart-taps-${kind}`}
              />
            ))}
            <ChartSection
              title={t('stats.interest')}
              series={toSeries(
                topCounts(summary, (h) => h.interest),
                interestName,
              )}
              testId="chart-interest"
            />
            <ChartSection
              title={t('stats.languages')}
              series={toSeries(
                topCounts(summary, (h) => h.languages),
                languageName,
              )}
              doughnut
              testId="chart-languages"
            />
            <ChartSection
              title={t('stats.videos')}
              series={toSeries(
                topCounts(summary, (h) => h.videoPlays),
                nameOf('enterprise'),
              )}
              testId="chart-videos"
            />
          </div>
        </>
      )}
    </div>
  );
}

/** A card with one chart of a ranking (bars across, or a doughnut), or "no data yet" when it is empty. */
function ChartSection({
  title,
  series,
  doughnut = false,
  testId,
}: {
  title: string;
  series: Series;
  doughnut?: boolean;
  testId: string;
}) {
  const { t } = useAdminT();
  return (
    <Section title={title}>
      {series.values.length === 0 ? (
        <p className="adm-muted adm-empty">{t('stats.none')}</p>
      ) : doughnut ? (
        <DoughnutChart series={series} label={title} testId={testId} />
      ) : (
        <BarChart series={series} label={title} horizontal testId={testId} />
      )}
    </Section>
  );
}
