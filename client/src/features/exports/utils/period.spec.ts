import { describe, expect, it } from 'vitest';
import { checkPeriod, defaultPeriod, exportLinks } from './period';

describe('export period', () => {
  it('defaults to the last 30 days including today', () => {
    expect(defaultPeriod('2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
  });

  it('accepts up to two years, as the server does', () => {
    expect(checkPeriod('2024-11-24', '2026-11-23')).toEqual({});
    expect(checkPeriod('2024-11-22', '2026-11-23')).toEqual({ from: 'validation.range' });
  });

  it('names the field that is wrong', () => {
    expect(checkPeriod('', '2026-11-23')).toEqual({ from: 'validation.date' });
    expect(checkPeriod('2026-11-01', '2026-13-01')).toEqual({ to: 'validation.date' });
    expect(checkPeriod('2026-11-23', '2026-11-01')).toEqual({ from: 'validation.periodOrder' });
  });

  it('builds the three download addresses for the period', () => {
    expect(exportLinks('20', '2026-11-01', '2026-11-23')).toEqual({
      workbook: '/api/regions/20/export.xlsx?from=2026-11-01&to=2026-11-23',
      reports: '/api/regions/20/export/reports.csv?from=2026-11-01&to=2026-11-23',
      flows: '/api/regions/20/export/flows.csv?from=2026-11-01&to=2026-11-23',
    });
  });
});
