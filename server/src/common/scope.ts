import { ForbiddenException } from '@nestjs/common';
import {
  canAdminister,
  canReadAudit,
  isMunicipalUnitKind,
  mayEditHolidayPlan,
  mayDeclareLevel,
  mayDecideForRegion,
  mayRunMeetings,
  type UnitKind,
} from '@lagesbild/shared';
import type { Caller } from './caller.js';

// Scope rules of PRODUCT.md in one place, so every route and socket event asks the same questions.

export function canReadRegion(caller: Caller, regionCode: string): boolean {
  return caller.regionCode === regionCode;
}

export function assertCanReadRegion(caller: Caller, regionCode: string): void {
  if (!canReadRegion(caller, regionCode)) throw new ForbiddenException('Du har inte behörighet till denna region.');
}

/** Reporters write their own municipality's units; analysts the region organisation's units. */
export function canWriteUnit(caller: Caller, unit: { organizationCode: string; kind: UnitKind }): boolean {
  if (caller.organizationCode !== unit.organizationCode) return false;
  if (caller.role === 'reporter') return caller.organizationKind === 'municipality' && isMunicipalUnitKind(unit.kind);
  if (caller.role === 'analyst') return caller.organizationKind === 'region';
  return false;
}

export function assertCanWriteFlows(caller: Caller, regionCode: string): void {
  const allowed = caller.role === 'analyst' && caller.organizationKind === 'region' && caller.regionCode === regionCode;
  if (!allowed) throw new ForbiddenException('Endast regionens analytiker kan rapportera flöden.');
}

export function assertAdminOf(caller: Caller, regionCode: string): void {
  if (!canAdminister(caller, regionCode)) {
    throw new ForbiddenException('Endast regionens administratör har behörighet.');
  }
}

export function assertCanAudit(caller: Caller, regionCode: string): void {
  if (!canReadAudit(caller, regionCode)) {
    throw new ForbiddenException('Endast regionens administratörer och analytiker kan läsa granskningsloggen.');
  }
}

/** The region's chair runs its meetings; its analysts may stand in (the shared rule the client offers too). */
export function canSteerMeetings(caller: Caller, regionCode: string): boolean {
  return mayRunMeetings(caller, regionCode);
}

export function assertCanSteerMeetings(caller: Caller, regionCode: string): void {
  if (!canSteerMeetings(caller, regionCode)) {
    throw new ForbiddenException('Endast ordföranden (eller regionens analytiker) styr mötet.');
  }
}

/** An integration's API token is no person: it has no inbox and no account of its own. */
export function assertPerson(caller: Caller): void {
  if (caller.via !== 'session') throw new ForbiddenException('Bara inloggade användare har en inkorg och ett konto.');
}

/** A municipality's holiday staffing plan is declared by its own members; everyone in the region reads it. */
export function assertCanPlanHolidays(caller: Caller, regionCode: string, municipalityCode: string): void {
  if (!mayEditHolidayPlan(caller, regionCode, municipalityCode)) {
    throw new ForbiddenException('Endast kommunens egna användare kan ändra dess helgplanering.');
  }
}

/** The county's holiday plan is exported by the region organisation (analysts, chairs, administrators). */
export function assertRegionOrganization(caller: Caller, regionCode: string): void {
  if (caller.regionCode !== regionCode || caller.organizationKind !== 'region') {
    throw new ForbiddenException('Endast regionens organisation kan ladda ner länets planering.');
  }
}

/** The region's level by its chair, analysts and administrators; a municipality's by its members. */
export function assertCanDeclareLevel(caller: Caller, regionCode: string, organizationCode: string): void {
  if (!mayDeclareLevel(caller, regionCode, organizationCode)) {
    throw new ForbiddenException(
      organizationCode === regionCode
        ? 'Endast regionens ordförande, analytiker eller administratör kan ange regionens läge.'
        : 'Endast kommunens egna användare kan ange kommunens läge.',
    );
  }
}

/** Suggestions and the reminder log: the region's chair, analysts and administrators. */
export function assertCanDecideForRegion(caller: Caller, regionCode: string): void {
  if (!mayDecideForRegion(caller, regionCode)) {
    throw new ForbiddenException('Endast regionens ordförande, analytiker eller administratör har behörighet.');
  }
}
