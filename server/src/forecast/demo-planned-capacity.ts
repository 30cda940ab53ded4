import { reportingDayTime, shiftDay, type PlannedCapacityMode } from '@lagesbild/shared';

export interface DemoPlannedChange {
  unitId: string;
  regionCode: string;
  date: string;
  mode: PlannedCapacityMode;
  places: number;
  note: string;
  withdrawn: false;
  updatedBy: string;
  updatedAt: Date;
}

/**
 * The demo's planned changes, around what the minutes say (PRODUCT.md): Avesta is short of places
 * and opens six more soon, but not before its forecast runs out of them; Ludvika opens 10 new
 * places on 1 June; Borlänge raises Ängen to 22. Entered two weeks ago, so a forecast as of an
 * earlier day knows them too.
 */
export function demoPlannedCapacity(today: string): DemoPlannedChange[] {
  const year = Number(today.slice(0, 4));
  const firstOfJune = `${today.slice(5) < '06-01' ? year : year + 1}-06-01`;
  const entered = reportingDayTime(shiftDay(today, -14), 10 * 60);
  const change = (
    unitId: string,
    updatedBy: string,
    date: string,
    mode: PlannedCapacityMode,
    places: number,
    note: string,
  ): DemoPlannedChange => ({
    unitId,
    regionCode: unitId.slice(0, 2),
    date,
    mode,
    places,
    note,
    withdrawn: false,
    updatedBy,
    updatedAt: entered,
  });
  return [
    change('2084-korttid', 'avesta', shiftDay(today, 10), 'add', 6, 'Sex platser öppnas på Solgården när bemanningen är klar.'),
    change('2081-angen', 'borlange', shiftDay(today, 12), 'set', 22, 'Två rum iordningställs.'),
    change('2085-korttid', 'ludvika', firstOfJune, 'add', 10, '10 nya korttidsplatser i nya huset.'),
  ];
}
