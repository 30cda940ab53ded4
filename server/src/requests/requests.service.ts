import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  hasDeliveries,
  isRegionOrganization,
  mayChangeRequest,
  periodEndOf,
  reportingDay,
  requestTransitionConflict,
  type HelpRequest,
  type RequestAction,
  type RequestInput,
  type RequestList,
  type RequestListQuery,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { fieldConflict, fieldErrors, type Issue } from '../common/validation.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { isCoordinator } from './coordinators.js';
import { RequestExpiry } from './request-expiry.js';
import { REQUEST_COLUMNS, withLinesAndOffers, type RequestRow } from './request-rows.js';
import { RequestTransactions, type AppliedChange } from './request-transactions.js';

// The most a list answers: a region has a handful of open requests, and "all" is the recent past.
const LIST_LIMIT = 200;

/** Requests: made, drafted, opened, cancelled and closed by the organisation that asks. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly transactions: RequestTransactions,
    private readonly expiry: RequestExpiry,
  ) {}

  /** The region's requests: the active ones (and those with something still out), or the recent ones. */
  async list(caller: Caller, regionCode: string, query: RequestListQuery = {}): Promise<RequestList> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const active = (query.status ?? 'active') === 'active';
    const rows = await this.dataSource.query<RequestRow[]>(
      `SELECT ${REQUEST_COLUMNS} FROM requests r
        WHERE r.region_code = $1
          -- a draft is its organisation's own until it is opened
          AND (r.status <> 'draft' OR r.requester_code = $2)
          AND (NOT $3 OR r.status IN ('draft', 'open', 'partly_covered', 'covered')
               OR EXISTS (SELECT 1 FROM request_offers o WHERE o.request_id = r.id AND o.status IN ('accepted', 'delivered')))
        ORDER BY r.created_at DESC LIMIT ${LIST_LIMIT}`,
      [regionCode, caller.organizationCode, active],
    );
    const [requests, coordinator] = await Promise.all([
      withLinesAndOffers(this.dataSource, rows),
      isCoordinator(this.dataSource, caller),
    ]);
    return { region: regionCode, coordinator, requests };
  }

  async get(caller: Caller, requestId: string): Promise<HelpRequest> {
    const rows = await this.dataSource.query<RequestRow[]>(`SELECT ${REQUEST_COLUMNS} FROM requests r WHERE r.id::text = $1`, [
      requestId,
    ]);
    const row = rows[0];
    if (!row) throw new NotFoundException('Avropet finns inte.');
    assertCanReadRegion(caller, row.region_code);
    if (row.status === 'draft' && row.requester_code !== caller.organizationCode)
      throw new NotFoundException('Avropet finns inte.');
    return (await withLinesAndOffers(this.dataSource, [row]))[0]!;
  }

  /** A new request from the caller's organisation: open at once, or a draft (`draft: true`). */
  async create(caller: Caller, regionCode: string, input: RequestInput): Promise<HelpRequest> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    await this.checkInput(this.dataSource.manager, caller, regionCode, input);
    const draft = input.draft === true;
    const request = await this.transactions.create(caller, async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO requests (region_code, requester_code, status, reason, urgency, needed_by, period_end, created_by, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $3 = 'open' THEN now() END) RETURNING id`,
        [
          regionCode,
          caller.organizationCode,
          draft ? 'draft' : 'open',
          input.reason,
          input.urgency,
          input.neededBy,
          periodEndOf(input.lines),
          caller.username,
        ],
      );
      const requestId = rows[0]!.id;
      await this.insertLines(manager, requestId, input);
      const applied: AppliedChange = { action: 'request.create', notice: draft ? null : 'request.opened' };
      return { requestId, applied };
    });
    if (!draft) await this.expiry.schedule(request);
    return request;
  }

  /** A draft's new content. */
  async update(caller: Caller, requestId: string, input: RequestInput): Promise<HelpRequest> {
    return this.act(caller, requestId, 'edit', async (manager, request) => {
      await this.checkInput(manager, caller, request.region, input);
      await manager.query('DELETE FROM request_lines WHERE request_id = $1', [request.id]);
      await this.insertLines(manager, request.id, input);
      await manager.query('UPDATE requests SET reason = $2, urgency = $3, needed_by = $4, period_end = $5 WHERE id = $1', [
        request.id,
        input.reason,
        input.urgency,
        input.neededBy,
        periodEndOf(input.lines),
      ]);
      return { action: 'request.update', before: draftContent(request), notice: null };
    });
  }

  /** A draft goes out to those who may offer. */
  async open(caller: Caller, requestId: string): Promise<HelpRequest> {
    const request = await this.act(caller, requestId, 'open', async (manager, current) => {
      // A draft may have waited: its days must still lie ahead.
      const issues = periodIssues(current);
      if (issues.length > 0) throw fieldErrors(issues);
      await manager.query(`UPDATE requests SET status = 'open', opened_at = now() WHERE id = $1`, [current.id]);
      return { action: 'request.open', before: { status: current.status }, notice: 'request.opened' };
    });
    await this.expiry.schedule(request);
    return request;
  }

  /** Withdrawn by the organisation that asked; anything offered or promised is cancelled with it. */
  cancel(caller: Caller, requestId: string): Promise<HelpRequest> {
    return this.act(caller, requestId, 'cancel', async (manager, request) => {
      if (hasDeliveries(request)) throw fieldConflict('status', 'validation.requestHasDeliveries');
      await this.end(manager, caller, request, 'cancelled', ['offered', 'accepted']);
      return { action: 'request.cancel', before: { status: request.status }, notice: 'request.cancelled' };
    });
  }

  /** Done asking: waiting offers are cancelled; what was accepted stays lent until it is returned. */
  close(caller: Caller, requestId: string): Promise<HelpRequest> {
    return this.act(caller, requestId, 'close', async (manager, request) => {
      await this.end(manager, caller, request, 'closed', ['offered']);
      return { action: 'request.close', before: { status: request.status }, notice: 'request.closed' };
    });
  }

  /** A change only the organisation that asked may make, and only from the statuses the workflow allows. */
  private act(
    caller: Caller,
    requestId: string,
    action: RequestAction,
    apply: (manager: EntityManager, request: HelpRequest) => Promise<AppliedChange>,
  ): Promise<HelpRequest> {
    return this.transactions.change(caller, requestId, async (manager, request) => {
      if (request.status === 'draft' && request.requesterCode !== caller.organizationCode) {
        throw new NotFoundException('Avropet finns inte.');
      }
      if (!mayChangeRequest(caller, request)) {
        throw new ForbiddenException('Bara den organisation som gjort avropet kan ändra det.');
      }
      const conflict = requestTransitionConflict(action, request.status);
      if (conflict) throw fieldConflict('status', conflict);
      return apply(manager, request);
    });
  }

  private async end(
    manager: EntityManager,
    caller: Caller,
    request: HelpRequest,
    status: 'cancelled' | 'closed',
    offerStatuses: string[],
  ): Promise<void> {
    await manager.query('UPDATE requests SET status = $2, ended_at = now(), ended_by = $3 WHERE id = $1', [
      request.id,
      status,
      caller.username,
    ]);
    await manager.query(
      `UPDATE request_offers SET status = 'cancelled', updated_at = now() WHERE request_id = $1 AND status = ANY($2)`,
      [request.id, offerStatuses],
    );
  }

  private async insertLines(manager: EntityManager, requestId: string, input: RequestInput): Promise<void> {
    for (const [index, line] of input.lines.entries()) {
      await manager.query(
        `INSERT INTO request_lines (request_id, position, kind, quantity, unit_kind, staff_role, item_type_id, period_from, period_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          requestId,
          index + 1,
          line.kind,
          line.quantity,
          line.kind === 'places' ? line.unitKind : null,
          line.kind === 'staff' ? line.staffRole : null,
          line.kind === 'equipment' ? line.itemTypeId : null,
          line.kind === 'equipment' ? null : line.from,
          line.kind === 'equipment' ? line.until : line.to,
        ],
      );
    }
  }

  /** What only the stored state can say: days already past, items not in the region's inventory. */
  private async checkInput(db: Pick<EntityManager, 'query'>, caller: Caller, regionCode: string, input: RequestInput) {
    const issues: Issue[] = [...periodIssues(input)];
    const itemIds = input.lines.flatMap((line) => (line.kind === 'equipment' ? [line.itemTypeId] : []));
    const known = new Set(
      itemIds.length === 0
        ? []
        : (
            await db.query<{ id: string }[]>(
              'SELECT id::text FROM equipment_items WHERE region_code = $1 AND id::text = ANY($2)',
              [regionCode, itemIds],
            )
          ).map((row) => row.id),
    );
    input.lines.forEach((line, index) => {
      if (line.kind !== 'equipment') return;
      if (isRegionOrganization(caller))
        issues.push({ message: 'validation.equipmentFromRegion', path: ['lines', index, 'kind'] });
      else if (!known.has(line.itemTypeId))
        issues.push({ message: 'validation.unknownItem', path: ['lines', index, 'itemTypeId'] });
    });
    if (issues.length > 0) throw fieldErrors(issues);
  }
}

/** A request's days that have already passed: when it is needed by, and each line's last day. */
function periodIssues(request: {
  neededBy: string;
  lines: readonly ({ kind: 'equipment'; until: string } | { kind: 'places' | 'staff'; to: string })[];
}): Issue[] {
  const today = reportingDay();
  const issues: Issue[] = [];
  if (request.neededBy < today) issues.push({ message: 'validation.pastDate', path: ['neededBy'] });
  request.lines.forEach((line, index) => {
    const [field, last] = line.kind === 'equipment' ? ['until', line.until] : ['to', line.to];
    if (last < today) issues.push({ message: 'validation.pastDate', path: ['lines', index, field] });
  });
  return issues;
}

function draftContent(request: HelpRequest) {
  return {
    reason: request.reason,
    urgency: request.urgency,
    neededBy: request.neededBy,
    lines: request.lines.map(({ offers: _offers, quantities: _quantities, ...line }) => line),
  };
}
