import { Injectable, NotFoundException } from '@nestjs/common';
import type { OrganizationKind, OrganizationSummary, RegionSummary, Seat, UnitKind } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';

/** The pool, or a transaction's own connection. */
type Queryable = Pick<EntityManager, 'query'>;
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';

export interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  organization_code: string;
}

export interface OrganizationRow {
  code: string;
  name: string;
  kind: OrganizationKind;
  population: number | null;
  seat: Seat | null;
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  async regions(): Promise<RegionSummary[]> {
    return this.dataSource.query('SELECT code, name FROM regions ORDER BY name');
  }

  async regionName(regionCode: string): Promise<string> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM regions WHERE code = $1', [regionCode]);
    if (!rows[0]) throw new NotFoundException('Regionen finns inte.');
    return rows[0].name;
  }

  /** The region first, then its municipalities in their reference order; only active units. */
  async organizationsOf(caller: Caller, regionCode: string): Promise<OrganizationSummary[]> {
    await this.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const [organizations, units] = await Promise.all([this.organizationRows(regionCode), this.unitRows(regionCode)]);
    return organizations.map((organization) => ({
      ...organization,
      units: units
        .filter((unit) => unit.organization_code === organization.code)
        .map(({ id, name, kind }) => ({ id, name, kind })),
    }));
  }

  organizationRows(regionCode: string, db: Queryable = this.dataSource): Promise<OrganizationRow[]> {
    return db.query(
      `SELECT code, name, kind, population,
              CASE WHEN seat_lat IS NULL THEN NULL ELSE json_build_object('lat', seat_lat, 'lon', seat_lon) END AS seat
         FROM organizations WHERE region_code = $1
        ORDER BY kind = 'region' DESC, sort_order, name`,
      [regionCode],
    );
  }

  unitRows(regionCode: string, db: Queryable = this.dataSource): Promise<UnitRow[]> {
    return db.query(
      `SELECT u.id, u.name, u.kind, u.organization_code FROM units u
         JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND u.retired_at IS NULL
        ORDER BY u.sort_order, u.name`,
      [regionCode],
    );
  }
}
