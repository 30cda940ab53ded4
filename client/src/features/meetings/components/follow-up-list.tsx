import type { ActionStatus, FollowUpAction } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { formatShortDay } from '../../../lib/format';
import { useMeetingCommand } from '../api/meetings-api';
import type { AgendaContentProps } from './agenda-content';
import { ActionStateText, DueText, ownerLabel } from './action-text';

const NEXT: ActionStatus[] = ['done', 'struck', 'open'];

/** "Uppföljning från föregående möten": earlier open actions, ticked off (or struck) here. */
export function FollowUpList({ meeting, editable }: AgendaContentProps) {
  const { t } = useTranslation();
  const command = useMeetingCommand(meeting.id);
  if (meeting.followUp.length === 0) return <p className="muted">{t('agenda.followUp.none')}</p>;
  const headers = [t('agenda.followUp.from'), t('actions.owner'), t('actions.what'), t('actions.due'), t('actions.status')];
  return (
    <div data-testid="follow-up">
      <CaptionedTable
        id={`follow-up-${meeting.id}`}
        caption={t('agenda.followUp.caption')}
        headers={editable ? [...headers, t('agenda.followUp.change')] : headers}
      >
        {meeting.followUp.map((action: FollowUpAction) => (
          <tr key={action.id} data-testid={`follow-up-${action.id}`}>
            <td>{formatShortDay(action.meetingDate)}</td>
            <td>{ownerLabel(meeting, action)}</td>
            <th scope="row">{action.what}</th>
            <td>
              <DueText action={action} />
            </td>
            <td>
              <ActionStateText state={action.state} />
            </td>
            {editable ? (
              <td className="follow-up__buttons">
                {NEXT.filter((status) => status !== action.state.status).map((status) => (
                  <button
                    key={status}
                    type="button"
                    className={status === 'done' ? 'button button--primary' : 'button button--secondary'}
                    disabled={command.isPending}
                    onClick={() => command.mutate({ type: 'actionStatus', actionId: action.id, status })}
                  >
                    {t(`agenda.followUp.to.${status}`)}
                    <span className="visually-hidden">: {action.what}</span>
                  </button>
                ))}
              </td>
            ) : null}
          </tr>
        ))}
      </CaptionedTable>
      {command.isError ? (
        <p className="form-error" role="alert">
          {t('meetings.saveFailed')}
        </p>
      ) : null}
    </div>
  );
}
