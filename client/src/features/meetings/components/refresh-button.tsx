import { useTranslation } from 'react-i18next';
import { useMeetingCommand } from '../api/meetings-api';

/** Freeze the figures anew, when the chair decides the room should discuss the new ones. */
export function RefreshButton({ meetingId, short = false }: { meetingId: string; short?: boolean }) {
  const { t } = useTranslation();
  const refresh = useMeetingCommand(meetingId);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => refresh.mutate({ type: 'refresh' })}
        // The short label on the crowded presentation bar; the name says the whole thing (and starts with the label).
        aria-label={short ? t('meetings.toolbar.refresh') : undefined}
        disabled={refresh.isPending}
      >
        {short ? t('present.refresh') : t('meetings.toolbar.refresh')}
      </button>
      {refresh.isError ? (
        <span role="alert" className="round-bar__error">
          {t('meetings.saveFailed')}
        </span>
      ) : null}
    </>
  );
}
