import type { FiredTrigger } from '@lagesbild/shared';

/** A fired trigger as a translation key and its values ("38 överbeläggningar, fler än 30"). */
export interface FiredText {
  key: string;
  values: Record<string, string | number>;
}

export function firedText(
  fired: FiredTrigger,
  formatNumber: (value: number) => string,
  join: (names: string[]) => string,
): FiredText {
  switch (fired.trigger) {
    case 'occupancy':
      return {
        key: 'escalation.fired.occupancy',
        values: {
          count: fired.days.length,
          abovePct: formatNumber(fired.abovePct),
          days: join(fired.days.map((day) => `${formatNumber(day.occupancyPct)} %`)),
        },
      };
    case 'overcrowding':
      return {
        key: 'escalation.fired.overcrowding',
        values: { overcrowding: formatNumber(fired.overcrowding), above: formatNumber(fired.above) },
      };
    case 'criticalMunicipalities':
      return {
        key: 'escalation.fired.criticalMunicipalities',
        values: {
          count: fired.municipalities.length,
          atLeast: formatNumber(fired.atLeast),
          names: join(fired.municipalities.map((municipality) => municipality.name)),
        },
      };
    default: {
      const unreachable: never = fired;
      throw new Error(`unknown trigger ${JSON.stringify(unreachable)}`);
    }
  }
}
