import type { AgendaContent, AgendaItemType } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';

interface Prefilled {
  type: AgendaItemType;
  content: AgendaContent;
  title: string;
  proposal: string | null;
}

/**
 * A network's meeting starts with what every meeting of it has: the last minutes to put on file,
 * the follow-up of earlier actions (when there was an earlier meeting), and the situation round;
 * and with every member marked present, as the archive's lists are (the absent are struck).
 */
export async function prefillNetworkMeeting(
  manager: Pick<EntityManager, 'query'>,
  meetingId: string,
  networkId: string,
  username: string,
): Promise<void> {
  const earlier = await manager.query<unknown[]>('SELECT 1 FROM meetings WHERE network_id = $1 AND id <> $2 LIMIT 1', [
    networkId,
    meetingId,
  ]);
  const items: Prefilled[] = [
    ...(earlier.length > 0
      ? [
          {
            type: 'decision',
            content: 'previous_minutes',
            title: 'Föregående minnesanteckningar',
            proposal: 'att lägga minnesanteckningarna till handlingarna',
          } as const,
          { type: 'dialog', content: 'follow_up', title: 'Uppföljning från föregående möten', proposal: null } as const,
        ]
      : []),
    { type: 'situation', content: 'situation', title: 'Lägesbild', proposal: null },
  ];
  await manager.query(
    `INSERT INTO meeting_agenda_items (meeting_id, position, type, content, title, proposal, created_by)
     SELECT $1, position, type, content, title, proposal, $6
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS i(type, content, title, proposal, position)`,
    [
      meetingId,
      items.map((item) => item.type),
      items.map((item) => item.content),
      items.map((item) => item.title),
      items.map((item) => item.proposal),
      username,
    ],
  );
  await manager.query(
    `INSERT INTO meeting_attendance (meeting_id, member_id, position, status)
     SELECT $1, id, row_number() OVER (ORDER BY created_at, id), 'present'
       FROM network_members WHERE network_id = $2 AND removed_at IS NULL AND deputy_for IS NULL`,
    [meetingId, networkId],
  );
}
