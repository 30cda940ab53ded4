import type { PlaceLoan, PlaceUnitKind } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

interface LoanRow {
  offer_id: string;
  request_id: string;
  request_number: number;
  lender_code: string;
  unit_id: string;
  borrower_code: string;
  unit_kind: PlaceUnitKind;
  places: number;
  status: 'accepted' | 'delivered';
  from: string;
  to: string;
}

/**
 * The places lent between the region's organisations on `date`: places offers accepted (promised)
 * or delivered (in use) whose line's period covers the day. Read by the situation in its own
 * snapshot, and sent with every request change so a dashboard's totals follow without asking.
 */
export async function placeLoans(db: Queryable, regionCode: string, date: string): Promise<PlaceLoan[]> {
  const rows = await db.query<LoanRow[]>(
    `SELECT o.id AS offer_id, r.id AS request_id, r.number AS request_number, o.organization_code AS lender_code,
            o.unit_id, r.requester_code AS borrower_code, l.unit_kind, o.accepted_quantity AS places, o.status,
            l.period_from AS "from", l.period_to AS "to"
       FROM request_offers o
       JOIN request_lines l ON l.id = o.line_id
       JOIN requests r ON r.id = o.request_id
      WHERE r.region_code = $1 AND l.kind = 'places' AND o.status IN ('accepted', 'delivered')
        AND l.period_from <= $2 AND l.period_to >= $2
      ORDER BY r.number, o.created_at`,
    [regionCode, date],
  );
  return rows.map((row) => ({
    offerId: row.offer_id,
    requestId: row.request_id,
    requestNumber: row.request_number,
    lenderCode: row.lender_code,
    unitId: row.unit_id,
    borrowerCode: row.borrower_code,
    unitKind: row.unit_kind,
    places: row.places,
    status: row.status,
    from: row.from,
    to: row.to,
  }));
}
