import {
  lineQuantities,
  type HelpRequest,
  type LineKind,
  type OfferStatus,
  type PlaceUnitKind,
  type RequestLine,
  type RequestOffer,
  type RequestStatus,
  type StaffRole,
  type Urgency,
} from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import { apiFields } from '../common/api-row.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface RequestRow {
  id: string;
  number: number;
  region_code: string;
  requester_code: string;
  status: RequestStatus;
  reason: string;
  urgency: Urgency;
  needed_by: string;
  period_end: string;
  version: number;
  created_at: Date;
  created_by: string;
  opened_at: Date | null;
  ended_at: Date | null;
  ended_by: string | null;
  updated_at: Date;
}

interface LineRow {
  id: string;
  request_id: string;
  position: number;
  kind: LineKind;
  quantity: number;
  unit_kind: PlaceUnitKind | null;
  staff_role: StaffRole | null;
  item_type_id: string | null;
  item_name: string | null;
  period_from: string | null;
  period_to: string;
}

export interface OfferRow {
  id: string;
  request_id: string;
  line_id: string;
  organization_code: string;
  unit_id: string | null;
  quantity: number;
  accepted_quantity: number | null;
  status: OfferStatus;
  comment: string | null;
  decline_reason: string | null;
  created_at: Date;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decided_in_meeting: string | null;
  delivered_at: Date | null;
  returned_at: Date | null;
  updated_at: Date;
}

export const REQUEST_COLUMNS =
  'r.id, r.number, r.region_code, r.requester_code, r.status, r.reason, r.urgency, r.needed_by, r.period_end, r.version, r.created_at, r.created_by, r.opened_at, r.ended_at, r.ended_by, r.updated_at';

const OFFER_FIELDS = [
  'id',
  'request_id',
  'line_id',
  'organization_code',
  'unit_id',
  'quantity',
  'accepted_quantity',
  'status',
  'comment',
  'decline_reason',
  'created_at',
  'created_by',
  'decided_at',
  'decided_by',
  'decided_in_meeting',
  'delivered_at',
  'returned_at',
  'updated_at',
] as const satisfies readonly (keyof OfferRow)[];

export const toOffer = (row: OfferRow): RequestOffer => apiFields(row, OFFER_FIELDS);

function toLine(row: LineRow, offers: RequestOffer[]): RequestLine {
  const base = { id: row.id, position: row.position, quantities: lineQuantities(row.quantity, offers), offers };
  switch (row.kind) {
    case 'places':
      return { ...base, kind: 'places', unitKind: row.unit_kind!, from: row.period_from!, to: row.period_to };
    case 'staff':
      return { ...base, kind: 'staff', staffRole: row.staff_role!, from: row.period_from!, to: row.period_to };
    case 'equipment':
      return { ...base, kind: 'equipment', itemTypeId: row.item_type_id!, itemName: row.item_name ?? '', until: row.period_to };
    default: {
      const unreachable: never = row.kind;
      throw new Error(`unknown line kind ${String(unreachable)}`);
    }
  }
}

function toRequest(row: RequestRow, lines: RequestLine[]): HelpRequest {
  return {
    id: row.id,
    number: row.number,
    region: row.region_code,
    requesterCode: row.requester_code,
    status: row.status,
    reason: row.reason,
    urgency: row.urgency,
    neededBy: row.needed_by,
    periodEnd: row.period_end,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    openedAt: row.opened_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    endedBy: row.ended_by,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    lines,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Whole requests (lines, offers, derived quantities) for the request rows given, in their order. */
export async function withLinesAndOffers(db: Queryable, rows: readonly RequestRow[]): Promise<HelpRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [lines, offers] = await Promise.all([
    db.query<LineRow[]>(
      `SELECT l.id, l.request_id, l.position, l.kind, l.quantity, l.unit_kind, l.staff_role, l.item_type_id,
              e.name AS item_name, l.period_from, l.period_to
         FROM request_lines l LEFT JOIN equipment_items e ON e.id = l.item_type_id
        WHERE l.request_id = ANY($1) ORDER BY l.request_id, l.position`,
      [ids],
    ),
    db.query<OfferRow[]>(
      `SELECT ${OFFER_FIELDS.join(', ')} FROM request_offers WHERE request_id = ANY($1) ORDER BY created_at, id`,
      [ids],
    ),
  ]);
  const offersByLine = groupBy(offers.map(toOffer), (offer) => offer.lineId);
  const linesByRequest = groupBy(lines, (line) => line.request_id);
  return rows.map((row) =>
    toRequest(
      row,
      (linesByRequest.get(row.id) ?? []).map((line) => toLine(line, offersByLine.get(line.id) ?? [])),
    ),
  );
}

/** One request as it stands (in the transaction's view when given one), or undefined. */
export async function loadRequest(db: Queryable, requestId: string, lock = false): Promise<HelpRequest | undefined> {
  const rows = await db.query<RequestRow[]>(
    `SELECT ${REQUEST_COLUMNS} FROM requests r WHERE r.id::text = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [requestId],
  );
  return (await withLinesAndOffers(db, rows))[0];
}
