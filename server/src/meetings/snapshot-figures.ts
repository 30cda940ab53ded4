import {
  domainLabel,
  freePlaces,
  isMunicipalUnitKind,
  occupancyPct,
  overcrowding,
  type DecisionFigure,
  type DecisionFigureValue,
  type Situation,
  type SituationOrganization,
  type Staffing,
  type UnitKind,
} from '@lagesbild/shared';

const numberSv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Swedish numbers in a document sent out: "94,9 %", "1 234". */
export const num = (value: number): string => numberSv.format(value);

/** The kinds of unit that count as an organisation's places: hospital beds for the region, its own units for a municipality. */
export const placeKinds = (organization: SituationOrganization): ((kind: UnitKind) => boolean) =>
  organization.kind === 'region' ? (kind) => kind === 'hospital' : isMunicipalUnitKind;

/** An organisation's frozen figures summed over the units of `kinds` that reported; null if none did. */
export function organizationFigures(organization: SituationOrganization, kinds = placeKinds(organization)) {
  const reports = organization.units.filter((unit) => kinds(unit.kind)).map((unit) => unit.report ?? null);
  const reported = reports.filter((report) => report !== null);
  if (reported.length === 0) return null;
  const capacity = reported.reduce((sum, r) => sum + r.capacity, 0);
  const occupied = reported.reduce((sum, r) => sum + r.occupied, 0);
  const staffing: Staffing = reported.some((r) => r.staffing === 'critical')
    ? 'critical'
    : reported.some((r) => r.staffing === 'strained')
      ? 'strained'
      : 'normal';
  const sick = reported.map((r) => r.sickLeavePct).filter((v): v is number => v !== null);
  return {
    capacity,
    occupied,
    free: reported.reduce((sum, r) => sum + freePlaces(r.capacity, r.occupied), 0),
    over: reported.reduce((sum, r) => sum + overcrowding(r.capacity, r.occupied), 0),
    occupancy: occupancyPct(capacity, occupied),
    staffing: domainLabel('staffing', staffing),
    sickLeave: sick.length > 0 ? Math.max(...sick) : null,
    complete: reported.length === reports.length,
  };
}

/**
 * A figure a decision cites, read from the frozen snapshot and kept with the decision as text, so a
 * later refresh of the figures does not change what was decided on: "Avesta 15 av 14 platser".
 * Null when the organisation has no such figure.
 */
export function decisionFigure(snapshot: Situation, organizationCode: string, kind: DecisionFigure): DecisionFigureValue | null {
  const organization = snapshot.organizations.find((o) => o.code === organizationCode);
  if (!organization) return null;
  const figures = organizationFigures(organization);
  switch (kind) {
    case 'places':
      return figures ? { kind, text: `${organization.name} ${num(figures.occupied)} av ${num(figures.capacity)} platser` } : null;
    case 'staffing':
      return figures ? { kind, text: `${organization.name}: bemanning ${figures.staffing.toLowerCase()}` } : null;
    case 'readyForDischarge': {
      const ready = organization.flows?.readyForDischarge;
      return ready === undefined || ready === null
        ? null
        : { kind, text: `${organization.name} ${num(ready)} utskrivningsklara` };
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown figure ${String(unreachable)}`);
    }
  }
}
