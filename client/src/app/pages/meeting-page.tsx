import type { Meeting, UserInfo } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForecastRoundNote } from '../../features/forecast';
import { useHistory } from '../../features/history';
import { HolidayPlanStep } from '../../features/holidays';
import { useLiveSituation } from '../../features/live';
import { directoryOf, MeetingRequests, useRequestActor } from '../../features/requests';
import { useOrganizations } from '../../features/situation';
import {
  ActionsPanel,
  AgendaPanel,
  AttendancePanel,
  canRunMeetings,
  canSteer,
  DecisionsPanel,
  MeetingToolbar,
  MinutesSend,
  NotesPanel,
  ParticipantsSection,
  RoundBar,
  Stage,
  trendRange,
  useMeeting,
  useMeetingFollow,
  useRound,
  type AgendaContentRenderers,
  type FollowStatus,
} from '../../features/meetings';
import { formatDateTime, formatLongDay, formatWeek } from '../../lib/format';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/meetings.css';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';
import { MeetingState } from './meeting-state';

/** One meeting: follow the round live, and keep (or read) its minutes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const meeting = useMeeting(id);
  const follow = useMeetingFollow(id, meeting.data);
  if (!meeting.data) return <MeetingState error={meeting.error} />;
  return <MeetingView meeting={meeting.data} follow={follow} user={user} />;
}

function MeetingView({ meeting, follow, user }: { meeting: Meeting; follow: FollowStatus; user: UserInfo }) {
  const { t } = useTranslation();
  const steering = canSteer(user, meeting);
  usePageTitle(meeting.title);

  // The round on the frozen figures: the whole page of a situation meeting, one item of a network's.
  const round = <RoundSection meeting={meeting} follow={follow} steering={steering} user={user} />;
  // The agenda's kinds of item that need more than the meetings feature: composed here.
  const renderers: AgendaContentRenderers = {
    situation: () => round,
    holiday_plan: () => <HolidayPlanStep region={meeting.region} />,
  };

  return (
    <div className="page page--wide meeting-page">
      <p className="breadcrumb">
        <Link to={`/region/${meeting.region}/meetings`}>{t('meetings.back')}</Link>
      </p>
      <div className="page__heading">
        <h1>{meeting.title}</h1>
        <p className="page__date">
          {meeting.network ? `${meeting.network.name} · ` : ''}
          {formatLongDay(meeting.date)} · {formatWeek(meeting.date)}
          {meeting.startTime ? ` · ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}` : ''}
          {meeting.place ? ` · ${meeting.place}` : ''}
        </p>
      </div>
      {meeting.status === 'closed' ? (
        <p className="notice notice--info" data-testid="closed-notice">
          {t('meetings.closedNotice', { time: meeting.closedAt ? formatDateTime(meeting.closedAt) : '' })}
        </p>
      ) : null}
      <MeetingToolbar meeting={meeting} steering={steering} />
      {meeting.network ? (
        <>
          <MinutesSend meeting={meeting} steering={canRunMeetings(user, meeting.region)} />
          <AttendancePanel meeting={meeting} editable={steering} />
          <AgendaPanel meeting={meeting} editable={steering} renderers={renderers} />
        </>
      ) : (
        <>
          <section className="section" aria-labelledby="on-screen-title">
            <h2 id="on-screen-title">{t(meeting.status === 'open' ? 'meetings.onScreen' : 'meetings.round.title')}</h2>
            {round}
          </section>
          <div className="minutes-grid">
            <DecisionsPanel meeting={meeting} editable={steering} />
            <ActionsPanel meeting={meeting} editable={steering} />
          </div>
        </>
      )}
      <NotesPanel meeting={meeting} editable={steering} step={meeting.step} />
      <ParticipantsSection meeting={meeting} editable={steering} />
    </div>
  );
}

interface RoundSectionProps {
  meeting: Meeting;
  follow: FollowStatus;
  steering: boolean;
  user: UserInfo;
}

function RoundSection({ meeting, follow, steering, user }: RoundSectionProps) {
  const { t } = useTranslation();
  const round = useRound(meeting, steering);
  const actor = useRequestActor(user);
  const organizations = useOrganizations(meeting.region);
  const live = useLiveSituation(meeting.region);
  const range = trendRange(meeting.snapshot.date);
  const history = useHistory(meeting.region, range.from, range.to);
  const onScreen = round.step === null ? null : (meeting.participants[round.step] ?? null);
  return (
    <>
      <RoundBar meeting={meeting} round={round} follow={follow} />
      {steering && onScreen ? (
        <p>
          <a href={`#note-${onScreen}`}>{t('meetings.notes.jump')}</a>
        </p>
      ) : null}
      <div className="stage-frame">
        <Stage meeting={meeting} step={round.step} live={live.situation} history={history.data} />
      </div>
      {onScreen && meeting.status === 'open' ? (
        <MeetingRequests
          meetingId={meeting.id}
          region={meeting.region}
          organizationCode={onScreen}
          actor={actor}
          directory={directoryOf(organizations.data)}
          steering={steering}
        />
      ) : null}
      {onScreen ? <ForecastRoundNote region={meeting.region} code={onScreen} /> : null}
    </>
  );
}
