import type { Meeting } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime } from '../../../lib/format';
import { docxUrl, minutesUrl, useMeetingCommand } from '../api/meetings-api';

/** Present, print, download; and for the chair: fresh figures and closing the meeting. */
export function MeetingToolbar({ meeting, steering }: { meeting: Meeting; steering: boolean }) {
  const { t } = useTranslation();
  const refresh = useMeetingCommand(meeting.id);
  const close = useMeetingCommand(meeting.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="meeting-toolbar">
      <div className="meeting-toolbar__links">
        <Link className="button button--primary" to={`/meetings/${meeting.id}/present`}>
          {t('meetings.toolbar.present')}
        </Link>
        <Link className="button button--secondary" to={`/meetings/${meeting.id}/print`}>
          {t('meetings.toolbar.print')}
        </Link>
        <a className="button button--secondary" href={minutesUrl(meeting.id)} download={`protokoll-${meeting.date}.md`}>
          {t('meetings.toolbar.markdown')}
        </a>
        <a className="button button--secondary" href={docxUrl(meeting.id)} download>
          {t('meetings.toolbar.word')}
        </a>
      </div>
      <p className="meeting-toolbar__snapshot" data-testid="snapshot-at">
        {t('meetings.frozenAt', { time: formatDateTime(meeting.snapshotAt) })}
      </p>
      {steering ? (
        <div className="meeting-toolbar__chair">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => refresh.mutate({ type: 'refresh' })}
            disabled={refresh.isPending}
          >
            {t('meetings.toolbar.refresh')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('meetings.toolbar.close')}
          </button>
          <span role="status" className="meeting-toolbar__status">
            {refresh.isSuccess ? t('meetings.toolbar.refreshed') : ''}
            {refresh.isError || close.isError ? t('meetings.saveFailed') : ''}
          </span>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('meetings.close.title')}
        confirmLabel={t('meetings.close.confirm')}
        cancelLabel={t('meetings.close.cancel')}
        busy={close.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => close.mutate({ type: 'close' }, { onSettled: () => setConfirming(false) })}
      >
        <p>{t('meetings.close.text')}</p>
      </ConfirmDialog>
    </div>
  );
}
