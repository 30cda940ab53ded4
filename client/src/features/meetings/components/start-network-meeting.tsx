import type { Meeting, NetworkSummary } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldMessage } from '../../../components/field-message';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromServer } from '../../../lib/field-errors';
import { formatDayMonth } from '../../../lib/format';
import { useCreateMeeting } from '../api/meetings-api';

/** Starts the network's next meeting (its time and place from the calendar), or opens the one running. */
export function StartNetworkMeeting({
  region,
  network,
  today,
  onCreated,
}: {
  region: string;
  network: NetworkSummary;
  today: string;
  onCreated: (meeting: Meeting) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateMeeting(region);
  if (network.openMeetingId)
    return (
      <Link className="button button--primary" to={`/meetings/${network.openMeetingId}`}>
        {t('networks.openMeeting', { name: network.name })}
      </Link>
    );
  const entry = network.next?.date === today ? network.next : null;
  const refusal = isApiError(create.error) ? Object.values(fieldErrorsFromServer(create.error.body))[0] : undefined;
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(
            {
              title: `${network.name} ${formatDayMonth(today)}`,
              networkId: network.id,
              ...(entry ? { calendarEntryId: entry.id } : {}),
            },
            { onSuccess: onCreated },
          )
        }
      >
        {t('networks.start', { name: network.name })}
      </button>
      {create.isError ? (
        <p className="form-error" role="alert">
          {refusal ? <FieldMessage message={refusal} /> : t('meetings.saveFailed')}
        </p>
      ) : null}
    </>
  );
}
