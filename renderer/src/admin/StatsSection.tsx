/** Statistics: a date range, totals, charts (chart.js), and the CSV export. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DateRange, StatsSummary, TapKind } from '../../../main/contract/ipc';
import type { LocalizedText, Pack } from '../../../main/core/pack/schema';
import { languageName, useAdminT } from './admin-i18n';
import { BarChart, DoughnutChart, type Series } from './stats-charts';
import { kiosk } from '../kiosk/kiosk-client';
import { daysBefore, localDate, topCounts, topTaps, visitsByHour } from './stats-model';
import {
  ExportOutcome,
  Notice,
  RefreshAndExport,
  pickLang,
  Section,
  Segmented,
  showAnswer,
  useExport,
} from './admin-controls';

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

  const names = useMemo(() => {
    const map: Record<TapKind, Map<string, LocalizedText>> = {
      enterprise: new Map(),
      cluster: new Map(),
      district: new Map(),
    };
    for (const e of pack?.enterprises ?? []) map.enterprise.set(e.id, e.name);
    for (const c of pack?.clusters ?? []) map.cluster.set(c.id, c.name);
    for (const d of pack?.districts ?? []) map.district.set(d.id, d.name);
    return map;
  }, [pack]);
  const nameOf = (kind: TapKind) => (id: string) => {
    const text = names[kind].get(id);
    return text ? pickLang(text as Record<string, string>, lang) : id;
  };

  /** An interest key (`kind:id`) by the item's name, and its kind. */
  const interestName = (key: string) => {
    const [kind = '', id = ''] = key.split(':');
    const items: ReadonlyArray<{ id: string; name: LocalizedText }> =
      kind === 'park'
        ? (pack?.parks ?? [])
        : kind === 'future-industry'
          ? (pack?.futureIndustries ?? [])
          : kind === 'enterprise' || kind === 'cluster'
            ? [...names[kind]].map(([i, name]) => ({ id: i, name }))
            : [];
    const text = items.find((item) => item.id === id)?.name;
    return `${text ? pickLang(text as Record<string, string>, lang) : id} · ${t(`stats.interestKinds.${kind}`, { defaultValue: kind })}`;
  };

  const exportCsv = () => exported.run(() => kiosk['stats:export-csv'](range));

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
