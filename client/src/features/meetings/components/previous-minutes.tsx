import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDay } from '../../../lib/format';
import { docxUrl } from '../api/meetings-api';
import type { AgendaContentProps } from './agenda-content';

/** "Föregående minnesanteckningar": the last meeting's minutes, to be put on file. */
export function PreviousMinutes({ meeting }: AgendaContentProps) {
  const { t } = useTranslation();
  const previous = meeting.previousMeeting;
  if (!previous) return <p className="muted">{t('agenda.previous.none')}</p>;
  return (
    <p data-testid="previous-minutes">
      {t('agenda.previous.lead', { title: previous.title, date: formatLongDay(previous.date) })}{' '}
      <Link to={`/meetings/${previous.id}/print`}>{t('agenda.previous.read')}</Link>
      {' · '}
      <a href={docxUrl(previous.id)} download>
        {t('agenda.previous.word')}
      </a>
    </p>
  );
}
