import { Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import {
  evaluateTriggers,
  levelOf,
  levelRank,
  municipalPressure,
  reportingDay,
  shiftDay,
  type ConfirmSuggestionInput,
  type DismissSuggestionInput,
  type EscalationLevelState,
  type EscalationSuggestion,
  type LiveChangeOf,
  type SuggestibleLevel,
  type TriggerFigures,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanDecideForRegion } from '../common/scope.js';
import { fieldConflict } from '../common/validation.js';
import { updateReturning } from '../database/returning.js';
import { JobsService } from '../jobs/jobs.service.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SituationService } from '../situation/situation.service.js';
import { EscalationService } from './escalation.service.js';
import { evaluateQueue } from './evaluate-queue.js';
import { readLevels, readSettings } from './level-row.js';

const HISTORY_DAYS = 14;

interface SuggestionRow {
  id: string;
  region_code: string;
  level: SuggestibleLevel;
  reporting_day: string;
  fired: EscalationSuggestion['fired'];
  status: EscalationSuggestion['status'];
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  note: string | null;
}
const COLUMNS = 'id, region_code, level, reporting_day, fired, status, created_at, decided_at, decided_by, note';

function toSuggestion(row: SuggestionRow): EscalationSuggestion {
  return {
    id: row.id,
    region: row.region_code,
    level: row.level,
    date: row.reporting_day,
    fired: row.fired,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    note: row.note,
  };
}

type SuggestionChange = LiveChangeOf<'escalation.suggestion'>;

/**
 * Suggestions, never declarations: the region's triggers, evaluated on the server, suggest a level
 * to the chair with the figures behind it; the chair confirms (declaring it) or dismisses. At most
 * one waits at a time; a dismissed level is not suggested again the same day; every one is kept.
 */
@Injectable()
export class SuggestionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly situation: SituationService,
    private readonly escalation: EscalationService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(evaluateQueue, ({ regionCode }) => this.evaluate(regionCode));
  }

  async list(caller: Caller, regionCode: string): Promise<EscalationSuggestion[]> {
    await this.organizations.regionName(regionCode);
    assertCanDecideForRegion(caller, regionCode);
    const rows = await this.dataSource.query<SuggestionRow[]>(
      `SELECT ${COLUMNS} FROM escalation_suggestions WHERE region_code = $1 ORDER BY created_at DESC LIMIT 100`,
      [regionCode],
    );
    return rows.map(toSuggestion);
  }

  /** The figures the triggers look at, as the region's screens show them today. */
  async figures(regionCode: string, date = reportingDay()): Promise<{ figures: TriggerFigures; levels: EscalationLevelState[] }> {
    const regionName = await this.organizations.regionName(regionCode);
    const [situation, days] = await Promise.all([
      this.situation.read(regionCode, regionName, date),
      this.dataSource.query<{ date: string; capacity: number; occupied: number }[]>(
        `SELECT date, sum(capacity)::int AS capacity, sum(occupied)::int AS occupied FROM daily_totals
          WHERE region_code = $1 AND unit_kind = 'hospital' AND date BETWEEN $2 AND $3 AND units > 0
          GROUP BY date`,
        [regionCode, shiftDay(date, -HISTORY_DAYS), date],
      ),
    ]);
    const criticalMunicipalities = situation.organizations
      .filter((organization) => organization.kind === 'municipality' && municipalPressure(organization) === 'critical')
      .map(({ code, name }) => ({ code, name }));
    return {
      figures: {
        date,
        hospitalDays: days,
        overcrowding: situation.totals.reported.hospital.overcrowding,
        criticalMunicipalities,
      },
      levels: situation.levels,
    };
  }

  /** The job: suggest, keep or withdraw the waiting suggestion, by what the figures say now. */
  async evaluate(regionCode: string): Promise<void> {
    const date = reportingDay();
    const { figures } = await this.figures(regionCode, date);
    const changes = await this.dataSource.transaction(async (manager): Promise<SuggestionChange[]> => {
      // One evaluation of a region at a time, on every instance.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`escalation.suggest:${regionCode}`]);
      const [settings, levels] = await Promise.all([readSettings(manager, regionCode), readLevels(manager, regionCode)]);
      const current = levelOf(levels, regionCode);
      const suggestion = evaluateTriggers(settings.triggers, figures, current);
      const changes: SuggestionChange[] = [];
      let open = await this.openSuggestion(manager, regionCode);
      // Declared meanwhile (that level or higher), or left from an earlier day: the waiting one is stale.
      // One whose figures have eased stays for the chair, who sees the day and the figures behind it.
      if (open && (levelRank(current) >= levelRank(open.level) || open.date < date)) {
        changes.push(await this.setStatus(manager, open, 'superseded', null, null));
        open = null;
      }
      if (!suggestion) return changes;
      if (open && levelRank(open.level) >= levelRank(suggestion.level)) return changes;
      const dismissed = await manager.query<{ level: SuggestibleLevel }[]>(
        `SELECT level FROM escalation_suggestions WHERE region_code = $1 AND reporting_day = $2 AND status = 'dismissed'`,
        [regionCode, date],
      );
      if (dismissed.some((row) => levelRank(row.level) >= levelRank(suggestion.level))) return changes;
      if (open) changes.push(await this.setStatus(manager, open, 'superseded', null, null));
      const rows = await manager.query<SuggestionRow[]>(
        `INSERT INTO escalation_suggestions (region_code, level, reporting_day, fired) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [regionCode, suggestion.level, date, JSON.stringify(suggestion.fired)],
      );
      changes.push(await this.record(manager, toSuggestion(rows[0]!)));
      return changes;
    });
    for (const change of changes) this.liveHub.publish(regionCode, change);
  }

  async confirm(caller: Caller, suggestionId: string, input: ConfirmSuggestionInput): Promise<EscalationSuggestion> {
    const { regionCode } = await this.forDecision(caller, suggestionId);
    const result = await this.dataSource.transaction(async (manager) => {
      const open = await this.lockOpen(manager, suggestionId);
      const declared = await this.escalation.declareIn(
        manager,
        caller,
        regionCode,
        regionCode,
        { level: open.level, reason: input.reason, measures: input.measures, otherMeasures: input.otherMeasures },
        'escalation.suggestion.confirm',
      );
      const change = await this.setStatus(manager, open, 'confirmed', caller.username, null);
      return { declared, change };
    });
    await this.escalation.afterDeclared(regionCode, result.declared);
    this.liveHub.publish(regionCode, result.change);
    return result.change.payload.suggestion;
  }

  async dismiss(caller: Caller, suggestionId: string, input: DismissSuggestionInput): Promise<EscalationSuggestion> {
    const { regionCode } = await this.forDecision(caller, suggestionId);
    const change = await this.dataSource.transaction(async (manager) => {
      const open = await this.lockOpen(manager, suggestionId);
      await this.audit.record(manager, caller, {
        action: 'escalation.suggestion.dismiss',
        regionCode,
        target: suggestionId,
        before: { level: open.level, fired: open.fired },
        after: { note: input.note },
      });
      return this.setStatus(manager, open, 'dismissed', caller.username, input.note);
    });
    this.liveHub.publish(regionCode, change);
    return change.payload.suggestion;
  }

  /** 404 for no such suggestion (or a malformed id), 403 for another region's or a caller who may not decide. */
  private async forDecision(caller: Caller, suggestionId: string): Promise<{ regionCode: string }> {
    const rows = await this.dataSource.query<{ region_code: string }[]>(
      'SELECT region_code FROM escalation_suggestions WHERE id::text = $1',
      [suggestionId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException('Förslaget finns inte.');
    assertCanDecideForRegion(caller, row.region_code);
    return { regionCode: row.region_code };
  }

  /** The suggestion, locked; a 409 when someone has already confirmed or dismissed it (or it went stale). */
  private async lockOpen(manager: EntityManager, suggestionId: string): Promise<EscalationSuggestion> {
    const rows = await manager.query<SuggestionRow[]>(`SELECT ${COLUMNS} FROM escalation_suggestions WHERE id = $1 FOR UPDATE`, [
      suggestionId,
    ]);
    const suggestion = toSuggestion(rows[0]!);
    if (suggestion.status !== 'open') throw fieldConflict('suggestion', 'validation.suggestionDecided');
    return suggestion;
  }

  private async openSuggestion(manager: EntityManager, regionCode: string): Promise<EscalationSuggestion | null> {
    const rows = await manager.query<SuggestionRow[]>(
      `SELECT ${COLUMNS} FROM escalation_suggestions WHERE region_code = $1 AND status = 'open' FOR UPDATE`,
      [regionCode],
    );
    return rows[0] ? toSuggestion(rows[0]) : null;
  }

  private async setStatus(
    manager: EntityManager,
    suggestion: EscalationSuggestion,
    status: 'confirmed' | 'dismissed' | 'superseded',
    by: string | null,
    note: string | null,
  ): Promise<SuggestionChange> {
    const rows = await updateReturning<SuggestionRow>(
      manager,
      `UPDATE escalation_suggestions SET status = $2, decided_at = now(), decided_by = $3, note = $4 WHERE id = $1
       RETURNING ${COLUMNS}`,
      [suggestion.id, status, by, note],
    );
    return this.record(manager, toSuggestion(rows[0]!));
  }

  private record(manager: EntityManager, suggestion: EscalationSuggestion): Promise<SuggestionChange> {
    return this.changeLog.record(manager, suggestion.region, 'escalation.suggestion', (seq) => ({
      seq,
      region: suggestion.region,
      suggestion,
    }));
  }
}
