import type { History } from '@lagesbild/shared';
import { formatMonthYear, formatNumber, formatPercent, formatShortDay, formatWeek } from '../../lib/format';

// Axis and tooltip formatters shared by the charts so dates and numbers read the same everywhere.
export const dayTick = (day: string): string => formatShortDay(day);
export const numberTick = (value: number): string => formatNumber(value);
export const dayLabel = (label: unknown): string => (typeof label === 'string' ? formatShortDay(label) : '');
export const percentTick = (value: number): string => `${formatNumber(value)} %`;

/** What a point is called: "24 dec." day by day, "v. 52 2025" week by week. */
export function pointName(resolution: History['resolution'], point: string): string {
  return resolution === 'day' ? formatShortDay(point) : `${formatWeek(point)} ${point.slice(0, 4)}`;
}

/** The time axis' ticks: days, or months and years when a point is a week. */
export function pointTick(resolution: History['resolution']): (point: string) => string {
  return resolution === 'day' ? dayTick : formatMonthYear;
}

/** A tooltip's heading: the point, and the red days that fall in it ("24 dec. · Julafton"). */
export function pointLabel(history: Pick<History, 'resolution'>, marks: ReadonlyMap<string, string>): (label: unknown) => string {
  return (label) => {
    if (typeof label !== 'string') return '';
    const holidays = marks.get(label);
    return holidays ? `${pointName(history.resolution, label)} · ${holidays}` : pointName(history.resolution, label);
  };
}

export const AXIS_STYLE = { fontSize: 12, fill: '#333333' } as const;
export const CHART_STYLE = { width: '100%', height: 300 } as const;
export const numberValue = (value: unknown): string =>
  formatNumber(typeof value === 'number' ? value : null, typeof value === 'number' && !Number.isInteger(value) ? 1 : 0);
export const percentValue = (value: unknown): string => formatPercent(typeof value === 'number' ? value : null);
