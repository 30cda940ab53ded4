import { Injectable, NotFoundException } from '@nestjs/common';
import {
  coverageStatus,
  reportingDay,
  takesOffers,
  type HelpRequest,
  type LiveChangeOf,
  type RequestNoticeKind,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { NotificationsService, type NotificationsCreated } from '../notifications/notifications.service.js';
import { placeLoans } from './place-loans.js';
import { noticeFor, noticeParams } from './request-notices.js';
import { loadRequest } from './request-rows.js';

/** What one change to a request did: its audit record, its news, and anything to do after commit. */
export interface AppliedChange {
  action: AuditAction;
  /** What the audit record is about: the request, or one offer (`offerId`). */
  offerId?: string;
  organizationCode?: string;
  before?: unknown;
  after?: unknown;
  /** The news for the organisations it concerns, if any. */
  notice: RequestNoticeKind | null;
  /** Runs once the transaction has committed (e.g. sending a meeting to its followers). */
  afterCommit?: () => Promise<unknown>;
}

/** Who acts: a caller, or the server itself (an expiry). */
export type RequestActorKind = Caller | 'system';

// Pending offers on a line that accepted offers have covered are answered for the requester.
const COVERED_REASON = 'Raden är täckt av andra erbjudanden.';

/**
 * One way to change a request and its offers: lock the request row (which orders every change to
 * the request, its lines and its offers, so parallel accepts are counted one after the other and
 * never exceed a line), apply, settle the derived status, bump the version, audit, log the change
 * with the region's place loans as they now stand, commit, then publish.
 */
@Injectable()
export class RequestTransactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly notifications: NotificationsService,
  ) {}

  async change(
    actor: RequestActorKind,
    requestId: string,
    apply: (manager: EntityManager, request: HelpRequest) => Promise<AppliedChange | null>,
  ): Promise<HelpRequest> {
    return this.inTransaction(async (manager) => {
      const request = await loadRequest(manager, requestId, true);
      if (!request) throw new NotFoundException('Avropet finns inte.');
      if (actor !== 'system') assertCanReadRegion(actor, request.region);
      return { requestId: request.id, applied: await apply(manager, request) };
    }, actor);
  }

  /** For a request made in the same transaction (a create): settle, audit and log it like any change. */
  async create(
    actor: Caller,
    insert: (manager: EntityManager) => Promise<{ requestId: string; applied: AppliedChange }>,
  ): Promise<HelpRequest> {
    return this.inTransaction(insert, actor);
  }

  private async inTransaction(
    work: (manager: EntityManager) => Promise<{ requestId: string; applied: AppliedChange | null }>,
    actor: RequestActorKind,
  ): Promise<HelpRequest> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { requestId, applied } = await work(manager);
      // Nothing to do after all (an expiry that finds the request already ended): no version, no record.
      if (applied === null) {
        const unchanged = await loadRequest(manager, requestId);
        if (!unchanged) throw new NotFoundException('Avropet finns inte.');
        return { request: unchanged, change: null, notice: null, afterCommit: undefined };
      }
      const request = await this.settle(manager, requestId);
      const entry = {
        action: applied.action,
        regionCode: request.region,
        organizationCode: applied.organizationCode ?? request.requesterCode,
        target: applied.offerId ? `${request.id}/${applied.offerId}` : request.id,
        before: applied.before,
        after: applied.after ?? (applied.offerId ? offerOf(request, applied.offerId) : summaryOf(request)),
      };
      if (actor === 'system') await this.audit.recordSystem(manager, entry);
      else await this.audit.record(manager, actor, entry);
      // A draft is its organisation's own until it is opened: no one else hears of it.
      const opened = request.openedAt !== null;
      const change = opened ? await this.log(manager, request) : null;
      const notice = opened && applied.notice ? await this.notify(manager, actor, request, applied) : null;
      return { request, change, notice, afterCommit: applied.afterCommit };
    });
    if (result.change) this.liveHub.publish(result.change.payload.region, result.change);
    this.notifications.publish(result.notice);
    await result.afterCommit?.();
    return result.request;
  }

  /**
   * The status the lines now give an active request (open, partly covered, covered), pending
   * offers on covered lines answered, and the version bumped: the request as it now stands.
   */
  private async settle(manager: EntityManager, requestId: string): Promise<HelpRequest> {
    let request = await loadRequest(manager, requestId);
    if (!request) throw new NotFoundException('Avropet finns inte.');
    const covered = request.lines.filter((line) => line.quantities.open === 0).map((line) => line.id);
    if (takesOffers(request.status) && covered.length > 0) {
      await manager.query(
        `UPDATE request_offers SET status = 'declined', decline_reason = $2, decided_at = now(), decided_by = 'system', updated_at = now()
          WHERE line_id = ANY($1) AND status = 'offered'`,
        [covered, COVERED_REASON],
      );
    }
    const status = takesOffers(request.status) ? coverageStatus(request.lines) : request.status;
    await manager.query('UPDATE requests SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [
      request.id,
      status,
    ]);
    request = await loadRequest(manager, requestId);
    if (!request) throw new NotFoundException('Avropet finns inte.');
    return request;
  }

  private async log(manager: EntityManager, request: HelpRequest): Promise<LiveChangeOf<'request.updated'>> {
    const date = reportingDay();
    const loans = await placeLoans(manager, request.region, date);
    return this.changeLog.record(manager, request.region, 'request.updated', (seq) => ({
      seq,
      region: request.region,
      date,
      request,
      loans,
    }));
  }

  /** The news, in the inbox of everyone in the organisations it concerns but whoever did it. */
  private async notify(
    manager: EntityManager,
    actor: RequestActorKind,
    request: HelpRequest,
    applied: AppliedChange,
  ): Promise<NotificationsCreated | null> {
    if (applied.notice === null) return null;
    const organizations = await manager.query<{ code: string; name: string }[]>(
      'SELECT code, name FROM organizations WHERE region_code = $1',
      [request.region],
    );
    const names = new Map(organizations.map((row) => [row.code, row.name]));
    const offer = applied.offerId ? offerOf(request, applied.offerId) : undefined;
    const notice = noticeFor(
      applied.notice,
      request,
      organizations.map((row) => row.code),
      offer,
    );
    if (notice.organizationCodes.length === 0) return null;
    return this.notifications.notify(manager, {
      regionCode: request.region,
      recipients: {
        organizationCodes: notice.organizationCodes,
        exceptUsernames: actor === 'system' ? [] : [actor.username],
      },
      kind: notice.kind,
      params: noticeParams(request, notice, (code) => names.get(code) ?? code),
      link: `/region/${request.region}/requests/${request.id}`,
      // One notice per change of the request, however often a job that makes it is retried.
      dedupKey: `requests/${request.id}/${request.version}`,
    });
  }
}

function offerOf(request: HelpRequest, offerId: string) {
  return request.lines.flatMap((line) => line.offers).find((offer) => offer.id === offerId);
}

/** The audit trail's "after" of a request: its state, without every offer's history. */
function summaryOf(request: HelpRequest) {
  return {
    number: request.number,
    status: request.status,
    reason: request.reason,
    urgency: request.urgency,
    neededBy: request.neededBy,
    lines: request.lines.map(({ offers: _offers, ...line }) => line),
  };
}
