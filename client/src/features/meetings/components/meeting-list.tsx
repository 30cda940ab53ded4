import type { MeetingSummary } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatDateTime, formatLongDay, formatWeek } from '../../../lib/format';

/** The region's meetings, newest first; each one's minutes are a click away. */
export function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p>{t('meetings.list.none')}</p>;
  return (
    <ScrollRegion labelledBy="meeting-list-caption">
      <table className="table" data-testid="meeting-list">
        <caption id="meeting-list-caption" className="table__caption">
          {t('meetings.list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.list.meeting')}</th>
            <th scope="col">{t('meetings.list.date')}</th>
            <th scope="col">{t('meetings.list.status')}</th>
            <th scope="col">{t('meetings.list.startedBy')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
