import { shiftDay } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';

// Avrop in the demo, as the county network minutes describe them: Avesta is short and needs six
// places; Region Dalarna's 33 oxygen concentrators are there for every municipality, a few are
// out (one lot overdue); Sölvesborg, with a quarter of its nurses off sick, asks Region Blekinge
// for nurses. No place is lent yet, so the demo's totals are the units' own figures.

interface DemoItem {
  region: string;
  name: string;
  total: number;
}

const ITEMS: DemoItem[] = [
  { region: '20', name: 'Syrgaskoncentrator', total: 33 },
  { region: '20', name: 'Personlyft', total: 6 },
  { region: '20', name: 'Tryckavlastande madrass', total: 12 },
  { region: '10', name: 'Syrgaskoncentrator', total: 10 },
];

interface DemoLoan {
  borrower: string;
  by: string;
  item: string;
  quantity: number;
  /** Days from today the line runs until (negative: already past, so the lot is overdue). */
  untilDays: number;
  startedDaysAgo: number;
  status: 'accepted' | 'delivered';
  reason: string;
}

const LOANS: DemoLoan[] = [
  {
    borrower: '2062',
    by: 'mora',
    item: 'Syrgaskoncentrator',
    quantity: 3,
    untilDays: 6,
    startedDaysAgo: 4,
    status: 'delivered',
    reason: 'Tre patienter med syrgasbehov skrivs ut till hemmet.',
  },
  {
    borrower: '2085',
    by: 'ludvika',
    item: 'Syrgaskoncentrator',
    quantity: 2,
    untilDays: -2,
    startedDaysAgo: 12,
    status: 'delivered',
    reason: 'Två patienter i hemsjukvården behöver syrgas efter utskrivning.',
  },
  {
    borrower: '2084',
    by: 'avesta',
    item: 'Syrgaskoncentrator',
    quantity: 1,
    untilDays: 10,
    startedDaysAgo: 0,
    status: 'accepted',
    reason: 'Patient skrivs ut till korttidsboende med syrgas, hjälpmedlet behövs inom två dagar.',
  },
];

export async function seedDemoRequests(manager: EntityManager, today: string): Promise<number> {
  const items = new Map<string, string>();
  for (const item of ITEMS) {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO equipment_items (region_code, name, total, created_by) VALUES ($1, $2, $3, 'demo') RETURNING id`,
      [item.region, item.name, item.total],
    );
    items.set(`${item.region}/${item.name}`, rows[0]!.id);
  }

  for (const loan of LOANS) {
    const until = shiftDay(today, loan.untilDays);
    const requestId = await insertRequest(manager, {
      region: '20',
      requester: loan.borrower,
      by: loan.by,
      // A lot past its day belongs to a request whose period has ended (closed); it is still out.
      status: loan.untilDays < 0 ? 'closed' : 'covered',
      reason: loan.reason,
      urgency: 'urgent',
      neededBy: shiftDay(today, -loan.startedDaysAgo + 1),
      periodEnd: until,
      daysAgo: loan.startedDaysAgo,
    });
    const lineId = await insertLine(manager, requestId, {
      kind: 'equipment',
      quantity: loan.quantity,
      itemTypeId: items.get(`20/${loan.item}`)!,
      to: until,
    });
    await manager.query(
      `INSERT INTO request_offers (request_id, line_id, organization_code, quantity, accepted_quantity, status, created_by,
                                   created_at, decided_at, decided_by, delivered_at, updated_at)
       VALUES ($1, $2, '20', $3, $3, $4, 'region-dalarna', now() - make_interval(days => $5), now() - make_interval(days => $5),
               'region-dalarna', CASE WHEN $4 = 'delivered' THEN now() - make_interval(days => $5) END, now())`,
      [requestId, lineId, loan.quantity, loan.status, loan.startedDaysAgo],
    );
  }

  // Avesta is full and "skulle behöva avropa sex platser": open, nothing offered yet.
  const avesta = await insertRequest(manager, {
    region: '20',
    requester: '2084',
    by: 'avesta',
    status: 'open',
    reason: 'Korttidsenheten är full och fler patienter blir utskrivningsklara; Avesta behöver avropa sex platser.',
    urgency: 'urgent',
    neededBy: shiftDay(today, 1),
    periodEnd: shiftDay(today, 13),
    daysAgo: 0,
  });
  await insertLine(manager, avesta, {
    kind: 'places',
    quantity: 6,
    unitKind: 'short_term',
    from: today,
    to: shiftDay(today, 13),
  });

  // Sölvesborg: 25 % of the nurses off sick; asks the region for two nurses for three weeks.
  const solvesborg = await insertRequest(manager, {
    region: '10',
    requester: '1083',
    by: 'solvesborg',
    status: 'open',
    reason: 'En fjärdedel av sjuksköterskorna är sjukskrivna; vi behöver förstärkning till korttidsenheten.',
    urgency: 'normal',
    neededBy: shiftDay(today, 3),
    periodEnd: shiftDay(today, 23),
    daysAgo: 1,
  });
  await insertLine(manager, solvesborg, {
    kind: 'staff',
    quantity: 2,
    staffRole: 'nurse',
    from: shiftDay(today, 3),
    to: shiftDay(today, 23),
  });
  return LOANS.length + 2;
}

async function insertRequest(
  manager: EntityManager,
  request: {
    region: string;
    requester: string;
    by: string;
    status: 'open' | 'covered' | 'closed';
    reason: string;
    urgency: 'normal' | 'urgent';
    neededBy: string;
    periodEnd: string;
    daysAgo: number;
  },
): Promise<string> {
  const rows = await manager.query<{ id: string }[]>(
    `INSERT INTO requests (region_code, requester_code, status, reason, urgency, needed_by, period_end, created_by,
                           created_at, opened_at, updated_at, ended_at, ended_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9), now() - make_interval(days => $9), now(),
             CASE WHEN $3 = 'closed' THEN now() END, CASE WHEN $3 = 'closed' THEN 'system' END)
     RETURNING id`,
    [
      request.region,
      request.requester,
      request.status,
      request.reason,
      request.urgency,
      request.neededBy,
      request.periodEnd,
      request.by,
      request.daysAgo,
    ],
  );
  return rows[0]!.id;
}

async function insertLine(
  manager: EntityManager,
  requestId: string,
  line: { kind: string; quantity: number; unitKind?: string; staffRole?: string; itemTypeId?: string; from?: string; to: string },
): Promise<string> {
  const rows = await manager.query<{ id: string }[]>(
    `INSERT INTO request_lines (request_id, position, kind, quantity, unit_kind, staff_role, item_type_id, period_from, period_to)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      requestId,
      line.kind,
      line.quantity,
      line.unitKind ?? null,
      line.staffRole ?? null,
      line.itemTypeId ?? null,
      line.from ?? null,
      line.to,
    ],
  );
  return rows[0]!.id;
}
