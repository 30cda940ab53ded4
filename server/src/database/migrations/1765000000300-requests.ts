import type { MigrationInterface, QueryRunner } from 'typeorm';

// The seat (centralort) of each organisation, WGS 84 degrees, from public sources (Lantmäteriet's
// place names as given on Wikipedia). The region organisations sit in their county seats. Used for
// "nearest first" when a municipality asks for places; straight-line distance is enough for that.
const SEATS: [code: string, seat: string, lat: number, lon: number][] = [
  ['20', 'Falun', 60.6065, 15.6355],
  ['2021', 'Vansbro', 60.5122, 14.2261],
  ['2023', 'Malung', 60.6861, 13.7159],
  ['2026', 'Djurås', 60.5596, 15.1322],
  ['2029', 'Leksand', 60.7306, 14.9996],
  ['2031', 'Rättvik', 60.8861, 15.1181],
  ['2034', 'Orsa', 61.12, 14.6153],
  ['2039', 'Älvdalen', 61.227, 14.0394],
  ['2061', 'Smedjebacken', 60.1406, 15.4125],
  ['2062', 'Mora', 61.0047, 14.5372],
  ['2080', 'Falun', 60.6065, 15.6355],
  ['2081', 'Borlänge', 60.4858, 15.4371],
  ['2082', 'Säter', 60.3469, 15.7506],
  ['2083', 'Hedemora', 60.2794, 15.9889],
  ['2084', 'Avesta', 60.1456, 16.1678],
  ['2085', 'Ludvika', 60.1496, 15.1878],
  ['10', 'Karlskrona', 56.1612, 15.5869],
  ['1060', 'Olofström', 56.2772, 14.5331],
  ['1080', 'Karlskrona', 56.1612, 15.5869],
  ['1081', 'Ronneby', 56.2094, 15.276],
  ['1082', 'Karlshamn', 56.1703, 14.8619],
  ['1083', 'Sölvesborg', 56.0505, 14.5754],
];

/**
 * Avrop (issue 13): requests for places, staff and equipment, offers against their lines, the
 * region's equipment inventory, the coordinator capability on users, and the organisations' seats.
 */
export class Requests1765000000300 implements MigrationInterface {
  name = 'Requests1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- The region's coordinator decides staff and equipment lines; an administrator names them
      -- among the users of the region organisation (without one, its analysts decide).
      ALTER TABLE users ADD COLUMN coordinator boolean NOT NULL DEFAULT false;

      ALTER TABLE organizations ADD COLUMN seat_name text, ADD COLUMN seat_lat double precision, ADD COLUMN seat_lon double precision;

      CREATE TABLE equipment_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES regions(code),
        name text NOT NULL,
        total integer NOT NULL CHECK (total >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX equipment_items_name ON equipment_items(region_code, lower(name));

      CREATE TABLE requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        region_code text NOT NULL REFERENCES regions(code),
        requester_code text NOT NULL REFERENCES organizations(code),
        status text NOT NULL CHECK (status IN ('draft', 'open', 'partly_covered', 'covered', 'closed', 'cancelled', 'expired')),
        reason text NOT NULL,
        urgency text NOT NULL CHECK (urgency IN ('normal', 'urgent', 'acute')),
        needed_by date NOT NULL,
        -- the last day a line covers: the request expires after it
        period_end date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        opened_at timestamptz,
        ended_at timestamptz,
        ended_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX requests_region ON requests(region_code, created_at DESC);
      CREATE INDEX requests_active ON requests(region_code) WHERE status IN ('draft', 'open', 'partly_covered', 'covered');

      CREATE TABLE request_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id),
        position integer NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('places', 'staff', 'equipment')),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
        unit_kind text CHECK (unit_kind IN ('short_term', 'palliative', 'nursing_home_reserve')),
        staff_role text CHECK (staff_role IN ('nurse', 'assistant_nurse', 'physician', 'physiotherapist', 'occupational_therapist')),
        item_type_id uuid REFERENCES equipment_items(id),
        -- places and staff: from..to; equipment: until (period_to) only
        period_from date,
        period_to date NOT NULL,
        UNIQUE (request_id, position),
        CHECK (period_from IS NULL OR period_from <= period_to),
        CHECK (
          (kind = 'places' AND unit_kind IS NOT NULL AND staff_role IS NULL AND item_type_id IS NULL AND period_from IS NOT NULL) OR
          (kind = 'staff' AND staff_role IS NOT NULL AND unit_kind IS NULL AND item_type_id IS NULL AND period_from IS NOT NULL) OR
          (kind = 'equipment' AND item_type_id IS NOT NULL AND unit_kind IS NULL AND staff_role IS NULL AND period_from IS NULL)
        )
      );
      CREATE INDEX request_lines_request ON request_lines(request_id);
      CREATE INDEX request_lines_item ON request_lines(item_type_id) WHERE item_type_id IS NOT NULL;

      CREATE TABLE request_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id),
        line_id uuid NOT NULL REFERENCES request_lines(id),
        organization_code text NOT NULL REFERENCES organizations(code),
        unit_id text REFERENCES units(id),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
        accepted_quantity integer CHECK (accepted_quantity BETWEEN 1 AND quantity),
        status text NOT NULL CHECK (status IN ('offered', 'accepted', 'declined', 'withdrawn', 'cancelled', 'delivered', 'returned')),
        comment text,
        decline_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decided_in_meeting uuid REFERENCES meetings(id),
        delivered_at timestamptz,
        returned_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- what counts against the line has a decision behind it
        CHECK (status NOT IN ('accepted', 'delivered', 'returned') OR accepted_quantity IS NOT NULL)
      );
      CREATE INDEX request_offers_request ON request_offers(request_id, created_at);
      -- Loans (places lent, equipment out): the few offers that hold something, read by every situation.
      CREATE INDEX request_offers_holding ON request_offers(line_id) WHERE status IN ('accepted', 'delivered');
    `);
    for (const [code, seat, lat, lon] of SEATS) {
      await queryRunner.query('UPDATE organizations SET seat_name = $2, seat_lat = $3, seat_lon = $4 WHERE code = $1', [
        code,
        seat,
        lat,
        lon,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE request_offers, request_lines, requests, equipment_items;
      ALTER TABLE organizations DROP COLUMN seat_lon, DROP COLUMN seat_lat, DROP COLUMN seat_name;
      ALTER TABLE users DROP COLUMN coordinator;
    `);
  }
}
