import type { ActionState, Meeting, MeetingAction } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { formatShortDay } from '../../../lib/format';

/** "Karin Ström (Falun)", or who was typed. */
export function ownerLabel(
  meeting: Pick<Meeting, 'network' | 'snapshot'>,
  action: Pick<MeetingAction, 'who' | 'ownerMemberId' | 'ownerOrganizationCode'>,
): string {
  const member = meeting.network?.members.find((m) => m.id === action.ownerMemberId);
  const code = action.ownerOrganizationCode ?? member?.organizationCode ?? null;
  const organization = code ? (meeting.snapshot.organizations.find((o) => o.code === code)?.name ?? code) : null;
  if (member) return organization ? `${member.name} (${organization})` : member.name;
  return action.who || organization || '';
}

export function DueText({ action }: { action: { due: string | null; untilNextMeeting: boolean; overdue?: boolean } }) {
  const { t } = useTranslation();
  const text = action.untilNextMeeting
    ? t('actions.untilNextMeeting')
    : action.due
      ? formatShortDay(action.due)
      : t('meetings.actions.noDue');
  return (
    <>
      {text}
      {action.overdue ? (
        <>
          {' '}
          <Badge tone="strained" icon="warning">
            {t('actions.overdue')}
          </Badge>
        </>
      ) : null}
    </>
  );
}

/** "Klar · 10 dec., chair-dalarna" */
export function ActionStateText({ state }: { state: ActionState }) {
  const { t } = useTranslation();
  const label = t(`actionStatus.${state.status}`);
  const tone = state.status === 'done' ? 'normal' : state.status === 'struck' ? 'neutral' : 'info';
  const icon = state.status === 'done' ? 'check' : state.status === 'struck' ? 'flat' : 'overdue';
  return (
    <span>
      <Badge tone={tone} icon={icon}>
        {label}
      </Badge>
      {state.changedAt ? (
        <span className="muted">
          {' '}
          {t('actions.changed', {
            when: state.changedInMeetingDate
              ? formatShortDay(state.changedInMeetingDate)
              : formatShortDay(state.changedAt.slice(0, 10)),
            who: state.changedBy ?? '',
          })}
        </span>
      ) : null}
    </span>
  );
}
