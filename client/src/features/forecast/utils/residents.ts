import { shiftDay, type History, type SituationOrganization } from '@lagesbild/shared';

/** A municipality's residents in hospital, as the region last reported them, and how that moved in a week. */
export interface ResidentsRow {
  code: string;
  name: string;
  /** The day of the figures: the situation's day, or an earlier one when the region has not reported since. */
  date: string | null;
  inpatients: number | null;
  readyForDischarge: number | null;
  /** Inpatients now minus a week before the figures' day; null when either is unknown. */
  weekChange: number | null;
}

/** The region's municipalities in alphabetical order (Swedish: Å, Ä, Ö last). */
export function residentsRows(
  organizations: readonly Pick<SituationOrganization, 'code' | 'name' | 'kind' | 'flows' | 'lastFlows'>[],
  history: History | undefined,
): ResidentsRow[] {
  return organizations
    .filter((organization) => organization.kind === 'municipality')
    .map((organization) => {
      const flows = organization.flows ?? organization.lastFlows;
      const weekAgo = flows ? inpatientsOn(history, organization.code, shiftDay(flows.date, -7)) : null;
      return {
        code: organization.code,
        name: organization.name,
        date: flows?.date ?? null,
        inpatients: flows?.inpatients ?? null,
        readyForDischarge: flows?.readyForDischarge ?? null,
        weekChange: flows && weekAgo !== null ? flows.inpatients - weekAgo : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function inpatientsOn(history: History | undefined, code: string, date: string): number | null {
  if (!history) return null;
  const index = history.days.indexOf(date);
  if (index < 0) return null;
  return history.flows.find((series) => series.municipalityCode === code)?.inpatients[index] ?? null;
}
