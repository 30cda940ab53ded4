import type { Meeting, UserInfo } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForecastRoundNote } from '../../features/forecast';
import { useHistory } from '../../features/history';
import { useLiveSituation } from '../../features/live';
import { directoryOf, MeetingRequests, useRequestActor } from '../../features/requests';
import { useOrganizations } from '../../features/situation';
import {
  ActionsPanel,
  canSteer,
  DecisionsPanel,
  MeetingToolbar,
  NotesPanel,
  ParticipantsSection,
  RoundBar,
  Stage,
  trendRange,
  useMeeting,
  useMeetingFollow,
  useRound,
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
  const round = useRound(meeting, steering);
  const live = useLiveSituation(meeting.region);
  const range = trendRange(meeting.snapshot.date);
  const history = useHistory(meeting.region, range.from, range.to);
  const onScreen = round.step === null ? null : (meeting.participants[round.step] ?? null);
  const actor = useRequestActor(user);
  const organizations = useOrganizations(meeting.region);
  usePageTitle(meeting.title);

  return (
    <div className="page page--wide meeting-page">
      <p className="breadcrumb">
        <Link to={`/region/${meeting.region}/meetings`}>{t('meetings.back')}</Link>
      </p>
      <div className="page__heading">
        <h1>{meeting.title}</h1>
        <p className="page__date">
          {formatLongDay(meeting.date)} · {formatWeek(meeting.date)}
        </p>
      </div>
      {meeting.status === 'closed' ? (
        <p className="notice notice--info" data-testid="closed-notice">
          {t('meetings.closedNotice', { time: meeting.closedAt ? formatDateTime(meeting.closedAt) : '' })}
        </p>
      ) : null}
      <MeetingToolbar meeting={meeting} steering={steering} />

      <section className="section" aria-labelledby="on-screen-title">
        <h2 id="on-screen-title">{t(meeting.status === 'open' ? 'meetings.onScreen' : 'meetings.round.title')}</h2>
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
      </section>

      <div className="minutes-grid">
        <DecisionsPanel meeting={meeting} editable={steering} />
        <ActionsPanel meeting={meeting} editable={steering} />
      </div>
      <NotesPanel meeting={meeting} editable={steering} step={round.step} />
      <ParticipantsSection meeting={meeting} editable={steering} />
    </div>
  );
}
