import { isNonWorkingDay, periodDays, reportingDayTime, shiftDay, upcomingYear } from '@lagesbild/shared';

/**
 * Some municipalities have declared their staffing for the coming jul och nyår already, so the
 * county's plan shows every state: planned, partly planned, not yet planned (Mora is left for the
 * demo's user to fill in). Phone numbers are from the range Sweden reserves for fiction (070-174 06 xx).
 */
const PLANNING: Record<string, { caseworkers: [number, number]; tryggHemgangOnRedDays: boolean; phone: string; partly?: true }> =
  {
    '2080': { caseworkers: [4, 2], tryggHemgangOnRedDays: true, phone: '070-174 06 05' }, // Falun
    '2081': { caseworkers: [4, 1], tryggHemgangOnRedDays: false, phone: '070-174 06 12' }, // Borlänge
    '2085': { caseworkers: [2, 1], tryggHemgangOnRedDays: true, phone: '070-174 06 21' }, // Ludvika
    '2029': { caseworkers: [1, 0], tryggHemgangOnRedDays: false, phone: '070-174 06 34', partly: true }, // Leksand
    '1080': { caseworkers: [3, 1], tryggHemgangOnRedDays: true, phone: '070-174 06 48' }, // Karlskrona
  };

export interface DemoPlanDay {
  municipalityCode: string;
  regionCode: string;
  date: string;
  caseworkers: number;
  tryggHemgang: boolean;
  phone: string;
  updatedAt: Date;
  updatedBy: string;
}

export function demoHolidayPlans(
  municipalities: readonly { code: string; region_code: string }[],
  today: string,
  usernames: ReadonlyMap<string, string>,
): DemoPlanDay[] {
  const days = periodDays({ kind: 'christmas', year: upcomingYear('christmas', today) });
  return municipalities.flatMap((municipality) => {
    const plan = PLANNING[municipality.code];
    if (!plan) return [];
    const planned = plan.partly ? days.slice(0, Math.ceil(days.length / 2)) : days;
    return planned.map((date) => {
      const off = isNonWorkingDay(date);
      return {
        municipalityCode: municipality.code,
        regionCode: municipality.region_code,
        date,
        caseworkers: off ? plan.caseworkers[1] : plan.caseworkers[0],
        tryggHemgang: !off || plan.tryggHemgangOnRedDays,
        phone: plan.phone,
        updatedAt: reportingDayTime(shiftDay(today, -3), 14 * 60),
        updatedBy: usernames.get(municipality.code) ?? 'demo',
      };
    });
  });
}
