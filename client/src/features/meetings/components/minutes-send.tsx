import type { Meeting } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FieldMessage } from '../../../components/field-message';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromServer } from '../../../lib/field-errors';
import { formatDateTime } from '../../../lib/format';
import { useMeetingCommand } from '../api/meetings-api';

/** The closed minutes to the network's distribution list, in one step, and how each sending went. */
export function MinutesSend({ meeting, steering }: { meeting: Meeting; steering: boolean }) {
  const { t } = useTranslation();
  const send = useMeetingCommand(meeting.id);
  const [confirming, setConfirming] = useState(false);
  if (!meeting.network || meeting.status !== 'closed') return null;
  const recipients = meeting.network.members.filter((m) => m.email).length + meeting.network.extraRecipients.length;
  const refusal = isApiError(send.error) ? Object.values(fieldErrorsFromServer(send.error.body))[0] : undefined;
  return (
    <section className="section minutes-send" aria-labelledby="minutes-send-title" data-testid="minutes-send">
      <h2 id="minutes-send-title">{t('minutesSend.title')}</h2>
      {meeting.minutesSends.length === 0 ? <p className="muted">{t('minutesSend.none')}</p> : null}
      <ul>
        {meeting.minutesSends.map((sending) => (
          <li key={sending.id} data-testid="minutes-sending">
            {t(`minutesSend.status.${sending.status}`, {
              time: formatDateTime(sending.requestedAt),
              who: sending.requestedBy,
              sent: sending.sent,
              count: sending.recipients,
              failed: sending.failed,
            })}
          </li>
        ))}
      </ul>
      {steering ? (
        <>
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={send.isPending}>
            {t('minutesSend.send', { count: recipients })}
          </button>
          {send.isError ? (
            <p className="form-error" role="alert">
              {refusal ? <FieldMessage message={refusal} /> : t('meetings.saveFailed')}
            </p>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title={t('minutesSend.confirmTitle')}
            confirmLabel={t('minutesSend.confirm')}
            cancelLabel={t('agenda.cancel')}
            busy={send.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => send.mutate({ type: 'sendMinutes' }, { onSettled: () => setConfirming(false) })}
          >
            <p>{t('minutesSend.confirmText', { count: recipients, network: meeting.network.name })}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </section>
  );
}
