import { describe, expect, it } from 'vitest';
import type { PlaceLoan } from '../api/requests.js';
import type { Report, Situation, SituationOrganization } from '../api/types.js';
import { distanceKm, whoCanHelp } from './who-can-help.js';

const today = '2026-12-01';
const report = (capacity: number, occupied: number, staffing: Report['staffing'] = 'normal', date = today) =>
  ({ date, capacity, occupied, staffing }) as Report;

function municipality(
  code: string,
  name: string,
  seat: { lat: number; lon: number },
  reports: (Report | null)[],
): SituationOrganization {
  return {
    code,
    name,
    kind: 'municipality',
    population: null,
    seat,
    lastReportedAt: null,
    units: reports.map((r, index) => ({
      id: `${code}-${index}`,
      name: `${name} ${index}`,
      kind: 'short_term',
      report: r,
      lastReport: r,
    })),
    flows: null,
    lastFlows: null,
  };
}

const avesta = municipality('2084', 'Avesta', { lat: 60.1456, lon: 16.1678 }, [report(14, 15)]);
const hedemora = municipality('2083', 'Hedemora', { lat: 60.2794, lon: 15.9889 }, [report(12, 10, 'strained')]);
const falun = municipality('2080', 'Falun', { lat: 60.6065, lon: 15.6355 }, [report(34, 25)]);
const mora = municipality('2062', 'Mora', { lat: 61.0047, lon: 14.5372 }, [report(16, 10)]);
const silent = municipality('2034', 'Orsa', { lat: 61.12, lon: 14.6153 }, [null]);
const full = municipality('2082', 'Säter', { lat: 60.3469, lon: 15.7506 }, [report(8, 8)]);

const situation = (loans: PlaceLoan[] = []): Situation =>
  ({ date: today, organizations: [avesta, mora, falun, silent, full, hedemora], loans }) as unknown as Situation;

describe('who can help', () => {
  it('measures straight-line distance between seats', () => {
    expect(Math.round(distanceKm({ lat: 60.1456, lon: 16.1678 }, { lat: 60.6065, lon: 15.6355 }))).toBe(59);
    expect(distanceKm({ lat: 60, lon: 15 }, { lat: 60, lon: 15 })).toBe(0);
  });

  it('lists those with free places today, nearest first, with their staffing; never the requester, the full or the silent', () => {
    expect(whoCanHelp(situation(), '2084')).toEqual([
      { code: '2083', name: 'Hedemora', free: 2, staffing: 'strained', distanceKm: 18 },
      { code: '2080', name: 'Falun', free: 9, staffing: 'normal', distanceKm: 59 },
      { code: '2062', name: 'Mora', free: 6, staffing: 'normal', distanceKm: 131 },
    ]);
  });

  it('counts what is already promised as taken', () => {
    const loan = { unitId: '2080-0', lenderCode: '2080', places: 9, status: 'accepted' } as PlaceLoan;
    expect(whoCanHelp(situation([loan]), '2084').map((helper) => helper.code)).toEqual(['2083', '2062']);
  });
});
