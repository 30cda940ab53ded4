import type { MeetingSummary } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { CaptionedTable } from '../../../components/captioned-table';
import { formatDateTime, formatLongDay, formatWeek } from '../../../lib/format';

/** The region's meetings, newest first; each one's minutes are a click away. */
export function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p>{t('meetings.list.none')}</p>;
  return (
    <CaptionedTable
      id="meeting-list"
      testId="meeting-list"
      caption={t('meetings.list.caption')}
      headers={[t('meetings.list.meeting'), t('meetings.list.date'), t('meetings.list.status'), t('meetings.list.startedBy')]}
    >
      {meetings.map((meeting) => (
        <tr key={meeting.id}>
          <th scope="row">
            <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
          </th>
          <td>
            {formatLongDay(meeting.date)} · {formatWeek(meeting.date)}
          </td>
          <td>
            {meeting.status === 'open' ? (
              <Badge tone="normal" icon="live">
                {t('meetings.status.open')}
              </Badge>
            ) : (
              <Badge tone="neutral" icon="check">
                {meeting.closedAt
                  ? t('meetings.status.closedAt', { time: formatDateTime(meeting.closedAt) })
                  : t('meetings.status.closed')}
              </Badge>
            )}
          </td>
          <td>{meeting.createdBy}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
