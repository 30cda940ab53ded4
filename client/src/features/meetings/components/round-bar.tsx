import type { Meeting } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import type { FollowStatus } from '../api/meeting-follow';
import type { Round } from '../hooks/use-round';
import { roundPosition } from '../utils/round';

/**
 * Where the round is and how to move it: buttons for the mouse, the same keys on the
 * presentation. A viewer sees whether they follow the chair and can leave or rejoin.
 */
export function RoundBar({
  meeting,
  round,
  follow,
  keys = false,
  withFollow = true,
}: {
  meeting: Meeting;
  round: Round;
  follow: FollowStatus;
  /** Show the keyboard keys beside the buttons (the presentation view). */
  keys?: boolean;
  /** The presentation shows the follow state in its top bar instead. */
  withFollow?: boolean;
}) {
  const { t } = useTranslation();
  const nameOf = (code: string | null): string =>
    meeting.snapshot.organizations.find((org) => org.code === code)?.name ?? code ?? '';
  const position = roundPosition(round.step, meeting.participants);
  const current = position.number === null ? null : nameOf(meeting.participants[position.number - 1] ?? null);
  const open = meeting.status === 'open';
  const kbd = (key: string) => (keys ? <kbd className="kbd">{key}</kbd> : null);

  return (
    <div className="round-bar" data-testid="round-bar">
      <div className="round-bar__buttons">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => round.go('previous')}
          aria-keyshortcuts={keys ? 'ArrowLeft' : undefined}
        >
          {kbd('←')}
          {t('meetings.round.previous')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => round.go('overview')}
          aria-keyshortcuts={keys ? 'Home' : undefined}
        >
          {kbd('Home')}
          {t('meetings.round.overview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => round.go('next')}
          aria-keyshortcuts={keys ? 'ArrowRight' : undefined}
        >
          {t('meetings.round.next')}
          {kbd('→')}
        </button>
      </div>
      <p className="round-bar__position" role="status" data-testid="round-position">
        {current === null
          ? t('meetings.round.atOverview')
          : t('meetings.round.at', { number: position.number, count: round.count, name: current })}
        {position.next ? ` · ${t('meetings.round.nextUp', { name: nameOf(position.next) })}` : ''}
      </p>
      {withFollow ? <FollowState round={round} follow={follow} open={open} keys={keys} /> : null}
      {round.failed ? (
        <p className="round-bar__error" role="alert">
          {t('meetings.round.failed')}
        </p>
      ) : null}
    </div>
  );
}

/** Whether this screen follows the chair, steers, or browses on its own; and the way back. */
export function FollowState({ round, follow, open, keys }: { round: Round; follow: FollowStatus; open: boolean; keys: boolean }) {
  return (
    <div className="round-bar__follow" data-testid="follow-state">
      <FollowContent round={round} follow={follow} open={open} keys={keys} />
    </div>
  );
}

function FollowContent({ round, follow, open, keys }: { round: Round; follow: FollowStatus; open: boolean; keys: boolean }) {
  const { t } = useTranslation();
  if (follow === 'forbidden' || follow === 'not_found' || follow === 'invalid' || follow === 'rate_limited') {
    return (
      <Badge tone="critical" icon="offline">
        {t('meetings.follow.refused')}
      </Badge>
    );
  }
  if (follow === 'reconnecting' || follow === 'connecting') {
    return (
      <Badge tone="strained" icon="reconnecting">
        {t(`meetings.follow.${follow}`)}
      </Badge>
    );
  }
  if (!open)
    return (
      <Badge tone="neutral" icon="check">
        {t('meetings.follow.closed')}
      </Badge>
    );
  if (round.steering)
    return (
      <Badge tone="normal" icon="live">
        {t('meetings.follow.steering')}
      </Badge>
    );
  if (round.following) {
    return (
      <>
        <Badge tone="normal" icon="live">
          {t('meetings.follow.following')}
        </Badge>
        <button type="button" className="button button--link" onClick={round.unfollow}>
          {t('meetings.follow.leave')}
        </button>
      </>
    );
  }
  return (
    <>
      <Badge tone="info" icon="pause">
        {t('meetings.follow.own')}
      </Badge>
      <button
        type="button"
        className="button button--secondary"
        onClick={round.follow}
        aria-keyshortcuts={keys ? 'S' : undefined}
      >
        {keys ? <kbd className="kbd">S</kbd> : null}
        {t('meetings.follow.rejoin')}
      </button>
    </>
  );
}
