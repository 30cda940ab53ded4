import type { Meeting, UserInfo } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Icon } from '../../components/icon';
import { ForecastRoundNote } from '../../features/forecast';
import { useHistory } from '../../features/history';
import { LevelStrip } from '../../features/escalation';
import { useLiveSituation } from '../../features/live';
import {
  AgendaSlide,
  canSteer,
  changedOrganizations,
  FollowState,
  RefreshButton,
  RoundBar,
  Stage,
  stepItem,
  useMeetingCommand,
  trendRange,
  useMeeting,
  useMeetingFollow,
  usePresentKeys,
  usePresentTheme,
  useRound,
  type FollowStatus,
} from '../../features/meetings';
import { formatShortDay, formatTime, formatWeek } from '../../lib/format';
import { useFullscreen } from '../../lib/use-fullscreen';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/meetings.css';
import '../../styles/present.css';
import { usePageTitle } from '../use-page-title';
import { MeetingState } from './meeting-state';

/** The shared screen: readable from the back of the room, stepped with the keyboard. */
export function MeetingPresentPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const meeting = useMeeting(id);
  const follow = useMeetingFollow(id, meeting.data, { present: true });
  if (!meeting.data) {
    return (
      <main id="main" className="present present--loading">
        <MeetingState error={meeting.error} />
      </main>
    );
  }
  return <Presentation meeting={meeting.data} follow={follow} user={user} />;
}

function Presentation({ meeting, follow, user }: { meeting: Meeting; follow: FollowStatus; user: UserInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const steering = canSteer(user, meeting);
  const round = useRound(meeting, steering);
  const live = useLiveSituation(meeting.region);
  const range = trendRange(meeting.snapshot.date);
  const history = useHistory(meeting.region, range.from, range.to);
  const theme = usePresentTheme();
  const fullscreen = useFullscreen();
  const leavePath = `/meetings/${meeting.id}`;
  const agendaStep = useMeetingCommand(meeting.id);
  // A network's meeting shows its current agenda item; the round is the situation item's (or no item's).
  const item = meeting.agenda.find((entry) => entry.id === meeting.currentItemId) ?? null;
  const showsItem = item !== null && item.content !== 'situation';
  const stepAgenda = (by: 1 | -1) => {
    if (steering && meeting.agenda.length > 0) agendaStep.mutate({ type: 'currentItem', itemId: stepItem(meeting, by) });
  };
  usePageTitle(t('present.pageTitle', { title: meeting.title }));

  usePresentKeys((command) => {
    switch (command) {
      case 'next':
      case 'previous':
      case 'overview':
      case 'last':
        round.go(command);
        return;
      case 'leave':
        // In full screen the first Escape only leaves full screen, as the browser itself does.
        if (fullscreen.active) fullscreen.exit();
        else void navigate(leavePath);
        return;
      case 'fullscreen':
        fullscreen.toggle();
        return;
      case 'theme':
        theme.toggle();
        return;
      case 'follow':
        if (!steering) round.follow();
        return;
      case 'nextItem':
        stepAgenda(1);
        return;
      case 'previousItem':
        stepAgenda(-1);
        return;
      default: {
        const unreachable: never = command;
        throw new Error(`unknown command ${String(unreachable)}`);
      }
    }
  });

  const changed =
    meeting.status === 'open'
      ? changedOrganizations(meeting.snapshot, live.situation, meeting.participants).map(
          (code) => meeting.snapshot.organizations.find((org) => org.code === code)?.name ?? code,
        )
      : [];

  return (
    <div className="present" data-theme={theme.theme} data-testid="presentation">
      <header className="present__bar">
        <h1 className="present__title">{meeting.title}</h1>
        <p className="present__meta">
          {formatShortDay(meeting.date)} · {formatWeek(meeting.date)}
        </p>
        <p className="present__meta" data-testid="snapshot-at">
          {t('present.frozenAt', { time: formatTime(meeting.snapshotAt) })}
        </p>
        <FollowState round={round} follow={follow} open={meeting.status === 'open'} keys />
        {changed.length > 0 ? (
          <p className="present__changed" data-testid="changed-summary">
            <Icon name="changed" />
            {changed.length > 2
              ? t('present.changedMore', { names: changed.slice(0, 2).join(', '), count: changed.length - 2 })
              : t('present.changed', { names: changed.join(', '), count: changed.length })}
          </p>
        ) : null}
        {changed.length > 0 && steering ? <RefreshButton meetingId={meeting.id} short /> : null}
        <LevelStrip situation={live.situation} />
      </header>
      <main id="main" className="present__main">
        {showsItem ? (
          <AgendaSlide meeting={meeting} item={item} />
        ) : (
          <Stage meeting={meeting} step={round.step} live={live.situation} history={history.data} />
        )}
        {!showsItem && round.step !== null && meeting.participants[round.step] ? (
          <ForecastRoundNote region={meeting.region} code={meeting.participants[round.step] ?? ''} />
        ) : null}
      </main>
      <footer className="present__footer">
        {showsItem ? null : <RoundBar meeting={meeting} round={round} follow={follow} keys withFollow={false} />}
        {steering && meeting.agenda.length > 0 ? (
          <div className="present__agenda">
            <button type="button" className="button button--secondary" onClick={() => stepAgenda(-1)} aria-keyshortcuts="P">
              <kbd className="kbd">P</kbd>
              {t('present.previousItem')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => stepAgenda(1)} aria-keyshortcuts="N">
              <kbd className="kbd">N</kbd>
              {t('present.nextItem')}
            </button>
          </div>
        ) : null}
        <div className="present__tools">
          <button type="button" className="button button--secondary" onClick={fullscreen.toggle} aria-keyshortcuts="F">
            <kbd className="kbd">F</kbd>
            {fullscreen.active ? t('present.exitFullscreen') : t('present.fullscreen')}
          </button>
          <button type="button" className="button button--secondary" onClick={theme.toggle} aria-keyshortcuts="T">
            <kbd className="kbd">T</kbd>
            {theme.theme === 'dark' ? t('present.lightTheme') : t('present.darkTheme')}
          </button>
          <Link className="button button--secondary" to={leavePath} aria-keyshortcuts="Escape">
            <kbd className="kbd">Esc</kbd>
            {t('present.leave')}
          </Link>
        </div>
      </footer>
    </div>
  );
}
