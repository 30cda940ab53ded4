import { Injectable, NotFoundException } from '@nestjs/common';
import type { AgendaItemValues, AttendanceValues, Meeting } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { fieldConflict, fieldError, fieldErrors, type Issue } from '../common/validation.js';
import { updateReturning } from '../database/returning.js';
import type { MeetingRow } from './meeting-rows.js';
import { MeetingWriter } from './meeting-writer.js';

type Queryable = Pick<EntityManager, 'query'>;

/** A network's meeting: its agenda, the item on screen, and who attends. */
@Injectable()
export class AgendaService {
  constructor(private readonly writer: MeetingWriter) {}

  addItem(caller: Caller, meetingId: string, input: AgendaItemValues): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.agenda', async (manager, row) => {
      requireNetwork(row);
      await manager.query(
        `INSERT INTO meeting_agenda_items (meeting_id, position, type, content, title, presenter, proposal, text, links, created_by)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM meeting_agenda_items WHERE meeting_id = $1),
                 $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          row.id,
          input.type,
          input.content,
          input.title,
          input.presenter,
          input.proposal,
          input.text,
          JSON.stringify(input.links),
          caller.username,
        ],
      );
      return { after: input };
    });
  }

  updateItem(caller: Caller, meetingId: string, itemId: string, input: AgendaItemValues): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.agenda', async (manager, row) => {
      requireNetwork(row);
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE meeting_agenda_items SET type = $3, content = $4, title = $5, presenter = $6, proposal = $7, text = $8, links = $9
          WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL RETURNING id`,
        [
          row.id,
          itemId,
          input.type,
          input.content,
          input.title,
          input.presenter,
          input.proposal,
          input.text,
          JSON.stringify(input.links),
        ],
      );
      if (updated.length === 0) throw new NotFoundException('Punkten finns inte på dagordningen.');
      return { after: { itemId, ...input } };
    });
  }

  /** An item with decisions or actions stays: the minutes would lose them. */
  removeItem(caller: Caller, meetingId: string, itemId: string): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.agenda.remove', async (manager, row) => {
      requireNetwork(row);
      const used = await manager.query<unknown[]>(
        `SELECT 1 FROM meeting_decisions WHERE agenda_item_id::text = $1 AND removed_at IS NULL
         UNION ALL SELECT 1 FROM meeting_actions WHERE agenda_item_id::text = $1 AND removed_at IS NULL LIMIT 1`,
        [itemId],
      );
      if (used.length > 0) throw fieldConflict('itemId', 'validation.itemInUse');
      const removed = await updateReturning<{ id: string }>(
        manager,
        `UPDATE meeting_agenda_items SET removed_at = now() WHERE id::text = $2 AND meeting_id = $1 AND removed_at IS NULL
         RETURNING id`,
        [row.id, itemId],
      );
      if (removed.length === 0) throw new NotFoundException('Punkten finns inte på dagordningen.');
      if (row.current_item_id === itemId)
        await manager.query('UPDATE meetings SET current_item_id = NULL WHERE id = $1', [row.id]);
      return { before: { itemId } };
    });
  }

  /** The whole order at once: every item of the agenda, each once. */
  order(caller: Caller, meetingId: string, itemIds: string[]): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.agenda.order', async (manager, row) => {
      requireNetwork(row);
      const current = await itemIdsOf(manager, row.id);
      const same =
        itemIds.length === current.length &&
        new Set(itemIds).size === itemIds.length &&
        itemIds.every((id) => current.includes(id));
      if (!same) throw fieldError('itemIds', 'validation.agendaOrder');
      await manager.query(
        `UPDATE meeting_agenda_items i SET position = o.position
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position) WHERE i.id = o.id AND i.meeting_id = $1`,
        [row.id, itemIds],
      );
      return { after: { itemIds } };
    });
  }

  /** The item the room is on; followers' screens go there. */
  setCurrent(caller: Caller, meetingId: string, itemId: string | null): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, null, async (manager, row) => {
      requireNetwork(row);
      if (itemId !== null && !(await itemIdsOf(manager, row.id)).includes(itemId))
        throw fieldError('itemId', 'validation.unknownAgendaItem');
      await manager.query('UPDATE meetings SET current_item_id = $2 WHERE id = $1', [row.id, itemId]);
    });
  }

  setAttendance(caller: Caller, meetingId: string, input: AttendanceValues): Promise<Meeting> {
    return this.writer.mutate(caller, meetingId, 'meeting.attendance', async (manager, row) => {
      const networkId = requireNetwork(row);
      await checkAttendance(manager, networkId, input);
      await manager.query('DELETE FROM meeting_attendance WHERE meeting_id = $1', [row.id]);
      await manager.query('DELETE FROM meeting_guests WHERE meeting_id = $1', [row.id]);
      await manager.query(
        `INSERT INTO meeting_attendance (meeting_id, member_id, status, substitute_id, position)
         SELECT $1, member_id, status, substitute_id, position
           FROM unnest($2::uuid[], $3::text[], $4::uuid[]) WITH ORDINALITY AS a(member_id, status, substitute_id, position)`,
        [
          row.id,
          input.members.map((m) => m.memberId),
          input.members.map((m) => m.status),
          input.members.map((m) => m.substituteId),
        ],
      );
      await manager.query(
        `INSERT INTO meeting_guests (meeting_id, name, organization, role, position)
         SELECT $1, name, organization, role, position
           FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS g(name, organization, role, position)`,
        [row.id, input.guests.map((g) => g.name), input.guests.map((g) => g.organization), input.guests.map((g) => g.role)],
      );
      return { after: input };
    });
  }
}

function requireNetwork(row: MeetingRow): string {
  if (!row.network_id) throw fieldConflict('networkId', 'validation.meetingWithoutNetwork');
  return row.network_id;
}

async function itemIdsOf(db: Queryable, meetingId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    'SELECT id FROM meeting_agenda_items WHERE meeting_id = $1 AND removed_at IS NULL',
    [meetingId],
  );
  return rows.map((r) => r.id);
}

/** Everyone listed is in the network, once; a deputy stands in only for their own, absent, member. */
async function checkAttendance(db: Queryable, networkId: string, input: AttendanceValues): Promise<void> {
  const members = await db.query<{ id: string; deputy_for: string | null }[]>(
    'SELECT id, deputy_for FROM network_members WHERE network_id = $1 AND removed_at IS NULL',
    [networkId],
  );
  const byId = new Map(members.map((m) => [m.id, m]));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  input.members.forEach((entry, index) => {
    if (!byId.has(entry.memberId)) issues.push({ message: 'validation.notNetworkMember', path: ['members', index, 'memberId'] });
    else if (seen.has(entry.memberId))
      issues.push({ message: 'validation.duplicateMember', path: ['members', index, 'memberId'] });
    seen.add(entry.memberId);
    if (entry.substituteId !== null) {
      if (byId.get(entry.substituteId)?.deputy_for !== entry.memberId)
        issues.push({ message: 'validation.notDeputy', path: ['members', index, 'substituteId'] });
      else if (entry.status !== 'absent')
        issues.push({ message: 'validation.substituteNeedsAbsent', path: ['members', index, 'substituteId'] });
    }
  });
  if (issues.length > 0) throw fieldErrors(issues);
}
