import type { History, StoredFlowRow } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { residentsRows } from './residents';

const flows = (date: string, inpatients: number, readyForDischarge: number): StoredFlowRow => ({
  municipalityCode: '2084',
  date,
  inpatients,
  admissions: 3,
  discharges: 2,
  dischargesHome: 1,
  dischargesShortTerm: 1,
  dischargesNursingHome: 0,
  dischargesOther: 0,
  readyForDischarge,
  readmissions: null,
  version: 1,
  updatedAt: `${date}T08:00:00Z`,
  updatedBy: 'region-dalarna',
});

const days = ['2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'];
const history = {
  days,
  flows: [{ municipalityCode: '2084', inpatients: [20, 21, 22, 22, 23, 23, 24, 25] }],
} as unknown as History;

describe('residents in hospital', () => {
  it('today’s figures and how many more than a week before', () => {
    const rows = residentsRows(
      [
        { code: '20', name: 'Region Dalarna', kind: 'region', flows: null, lastFlows: null },
        {
          code: '2084',
          name: 'Avesta',
          kind: 'municipality',
          flows: flows('2026-03-01', 25, 6),
          lastFlows: flows('2026-03-01', 25, 6),
        },
      ],
      history,
    );
    expect(rows).toEqual([
      { code: '2084', name: 'Avesta', date: '2026-03-01', inpatients: 25, readyForDischarge: 6, weekChange: 5 },
    ]);
  });

  it('the last figures when none came today, and no trend without the week before', () => {
    const [row] = residentsRows(
      [{ code: '2084', name: 'Avesta', kind: 'municipality', flows: null, lastFlows: flows('2026-02-28', 24, 5) }],
      history,
    );
    expect(row).toMatchObject({ date: '2026-02-28', inpatients: 24, weekChange: null });
    expect(
      residentsRows([{ code: '2084', name: 'Avesta', kind: 'municipality', flows: null, lastFlows: null }], undefined)[0],
    ).toMatchObject({ date: null, inpatients: null, readyForDischarge: null, weekChange: null });
  });

  it('lists the municipalities in Swedish alphabetical order', () => {
    const municipality = (code: string, name: string) => ({
      code,
      name,
      kind: 'municipality' as const,
      flows: null,
      lastFlows: null,
    });
    const rows = residentsRows(
      [
        municipality('2062', 'Mora'),
        municipality('2039', 'Älvdalen'),
        municipality('2084', 'Avesta'),
        municipality('2080', 'Falun'),
      ],
      undefined,
    );
    expect(rows.map((row) => row.name)).toEqual(['Avesta', 'Falun', 'Mora', 'Älvdalen']);
  });
});
