import { formatNumber, formatPercent, formatShortDay } from '../../../lib/format';

// Axis and tooltip formatters shared by the charts so dates and numbers read the same everywhere.
export const dayTick = (day: string): string => formatShortDay(day);
export const numberTick = (value: number): string => formatNumber(value);
export const dayLabel = (label: unknown): string => (typeof label === 'string' ? formatShortDay(label) : '');
export const percentTick = (value: number): string => `${formatNumber(value)} %`;

export const AXIS_STYLE = { fontSize: 12, fill: '#333333' } as const;
export const CHART_STYLE = { width: '100%', height: 300 } as const;
export const numberValue = (value: unknown): string => formatNumber(typeof value === 'number' ? value : null);
export const percentValue = (value: unknown): string => formatPercent(typeof value === 'number' ? value : null);
