/**
 * chart.js on a canvas, tree-shaken: only the bar and doughnut charts the statistics use are
 * registered. No animation (a kiosk PC's GPU has better things to do; and reduced motion).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

const TEXT = 'rgba(255, 255, 255, 0.8)';
const GRID = 'rgba(255, 255, 255, 0.1)';
export const PALETTE = ['#2dd4bf', '#fbbf24', '#60a5fa', '#f472b6', '#a78bfa', '#34d399', '#fb923c', '#94a3b8'];

Chart.defaults.color = TEXT;
Chart.defaults.font.family = "'Kiosk Sans', 'Noto Sans SC', system-ui, sans-serif";
Chart.defaults.font.size = 15;
Chart.defaults.animation = false;

function useChart(config: () => ChartConfiguration, deps: unknown[]) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config());
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the config depends on
  }, deps);
  return canvas;
}

export interface Series {
  labels: string[];
  values: number[];
}

export function BarChart({
  series,
  label,
  horizontal = false,
  testId,
}: {
  series: Series;
  label: string;
  horizontal?: boolean;
  testId?: string;
}) {
  const key = JSON.stringify(series);
  const canvas = useChart(
    () => ({
      type: 'bar',
      data: {
        labels: series.labels,
        datasets: [{ label, data: series.values, backgroundColor: PALETTE[0], borderRadius: 6, maxBarThickness: 42 }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { grid: { color: GRID }, ticks: { precision: 0 } },
          y: { grid: { color: GRID }, ticks: { precision: 0 }, beginAtZero: true },
        },
      },
    }),
    [key, label, horizontal],
  );
  return (
    <div className="adm-chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}

export function DoughnutChart({ series, label, testId }: { series: Series; label: string; testId?: string }) {
  const key = JSON.stringify(series);
  const canvas = useChart(
    () => ({
      type: 'doughnut',
      data: {
        labels: series.labels,
        datasets: [{ label, data: series.values, backgroundColor: PALETTE, borderColor: '#0b1e3f', borderWidth: 3 }],
      },
      options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'right' } } },
    }),
    [key, label],
  );
  return (
    <div className="adm-chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
