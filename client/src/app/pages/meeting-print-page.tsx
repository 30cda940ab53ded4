import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { docxUrl, MinutesDocument, minutesUrl, NetworkMinutesDocument, useMeeting } from '../../features/meetings';
import '../../styles/meetings.css';
import { usePageTitle } from '../use-page-title';
import { MeetingState } from './meeting-state';

/** The minutes ready for paper: the browser's print dialog makes the PDF. */
export function MeetingPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  usePageTitle(meeting.data ? t('meetings.print.pageTitle', { title: meeting.data.title }) : null);
  return (
    <div className="print-page">
      <div className="print-page__tools">
        <Link to={`/meetings/${id}`}>{t('meetings.print.back')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!meeting.data}>
          {t('meetings.print.print')}
        </button>
        <a className="button button--secondary" href={minutesUrl(id)} download>
          {t('meetings.toolbar.markdown')}
        </a>
        <a className="button button--secondary" href={docxUrl(id)} download>
          {t('meetings.toolbar.word')}
        </a>
      </div>
      <main id="main" className="print-page__main">
        {meeting.data ? (
          meeting.data.network ? (
            <NetworkMinutesDocument meeting={meeting.data} />
          ) : (
            <MinutesDocument meeting={meeting.data} />
          )
        ) : (
          <MeetingState error={meeting.error} />
        )}
      </main>
    </div>
  );
}
