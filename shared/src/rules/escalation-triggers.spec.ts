import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_SETTINGS } from '../schemas/escalation.js';
import { evaluateTriggers, type TriggerFigures } from './escalation-triggers.js';

const triggers = DEFAULT_ESCALATION_SETTINGS.triggers;
const quiet: TriggerFigures = {
  date: '2026-12-01',
  hospitalDays: [
    { date: '2026-11-30', capacity: 400, occupied: 380 },
    { date: '2026-12-01', capacity: 400, occupied: 390 },
  ],
  overcrowding: 4,
  criticalMunicipalities: [],
};

describe('evaluateTriggers', () => {
  it('suggests nothing on a quiet day', () => {
    expect(evaluateTriggers(triggers, quiet, 'normal')).toBeNull();
  });

  it('suggests förstärkningsläge when hospital occupancy was over 100 % two days running, with the days', () => {
    const figures = {
      ...quiet,
      hospitalDays: [
        { date: '2026-11-30', capacity: 400, occupied: 412 },
        { date: '2026-12-01', capacity: 400, occupied: 420 },
      ],
    };
    expect(evaluateTriggers(triggers, figures, 'normal')).toEqual({
      level: 'reinforced',
      fired: [
        {
          trigger: 'occupancy',
          level: 'reinforced',
          abovePct: 100,
          days: [
            { date: '2026-12-01', occupancyPct: 105 },
            { date: '2026-11-30', occupancyPct: 103 },
          ],
        },
      ],
    });
    // One day over is not two days running.
    expect(evaluateTriggers(triggers, { ...figures, hospitalDays: [figures.hospitalDays[1]!] }, 'normal')).toBeNull();
  });

  it('ends the run yesterday while today has no hospital figures yet', () => {
    const figures = {
      ...quiet,
      hospitalDays: [
        { date: '2026-11-29', capacity: 100, occupied: 104 },
        { date: '2026-11-30', capacity: 100, occupied: 101 },
      ],
    };
    expect(evaluateTriggers(triggers, figures, 'normal')?.fired[0]).toMatchObject({ trigger: 'occupancy' });
  });

  it('takes the highest level of what fired, and suggests only above the level declared', () => {
    const figures: TriggerFigures = {
      ...quiet,
      overcrowding: 38,
      criticalMunicipalities: [
        { code: '1', name: 'A' },
        { code: '2', name: 'B' },
        { code: '3', name: 'C' },
      ],
    };
    const suggestion = evaluateTriggers(triggers, figures, 'normal');
    expect(suggestion?.level).toBe('staff');
    expect(suggestion?.fired.map((trigger) => trigger.trigger)).toEqual(['overcrowding', 'criticalMunicipalities']);
    expect(evaluateTriggers(triggers, figures, 'reinforced')).toEqual({
      level: 'staff',
      fired: [{ trigger: 'overcrowding', level: 'staff', above: 30, overcrowding: 38 }],
    });
    expect(evaluateTriggers(triggers, figures, 'staff')).toBeNull();
    expect(evaluateTriggers(triggers, figures, 'disaster')).toBeNull();
  });

  it('leaves a disabled trigger alone', () => {
    const off = { ...triggers, overcrowding: { ...triggers.overcrowding, enabled: false } };
    expect(evaluateTriggers(off, { ...quiet, overcrowding: 90 }, 'normal')).toBeNull();
  });
});
