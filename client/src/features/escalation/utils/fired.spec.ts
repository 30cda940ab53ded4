import { describe, expect, it } from 'vitest';
import { firedText } from './fired';

const number = (value: number) => String(value).replace('.', ',');
const join = (names: string[]) => names.join(', ');

describe('firedText', () => {
  it('says what each trigger saw', () => {
    expect(
      firedText(
        { trigger: 'occupancy', level: 'reinforced', abovePct: 100, days: [{ date: '2026-12-01', occupancyPct: 104.5 }] },
        number,
        join,
      ),
    ).toEqual({ key: 'escalation.fired.occupancy', values: { count: 1, abovePct: '100', days: '104,5 %' } });
    expect(firedText({ trigger: 'overcrowding', level: 'staff', above: 30, overcrowding: 38 }, number, join)).toEqual({
      key: 'escalation.fired.overcrowding',
      values: { overcrowding: '38', above: '30' },
    });
    expect(
      firedText(
        {
          trigger: 'criticalMunicipalities',
          level: 'reinforced',
          atLeast: 2,
          municipalities: [
            { code: '1', name: 'Avesta' },
            { code: '2', name: 'Orsa' },
          ],
        },
        number,
        join,
      ).values,
    ).toEqual({ count: 2, atLeast: '2', names: 'Avesta, Orsa' });
  });
});
