import type { FollowAck, Meeting, MeetingUpdatedEvent } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { holdSession } from '../../../lib/session-clock';
import { getSocket, type LiveSocket } from '../../../lib/socket';
import { storeMeeting } from './meetings-api';

export type FollowStatus = 'connecting' | 'following' | 'reconnecting' | 'forbidden' | 'not_found' | 'invalid' | 'rate_limited';

/**
 * Follows a meeting over the app's one socket: every change arrives as the whole meeting and
 * replaces the cached one when its version is newer. After a reconnect the follow is sent again.
 * A presentation screen (`present`) of the one who steers a running meeting is kept alive by the
 * server, which says so in its answer; then the client's idle countdown is held too, so the
 * projector does not log out mid-meeting. Any other follower times out as usual.
 */
export function useMeetingFollow(
  meetingId: string,
  meeting: Meeting | undefined,
  { present = false, socket = getSocket() }: { present?: boolean; socket?: LiveSocket } = {},
): FollowStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FollowStatus>('connecting');
  const [keptAlive, setKeptAlive] = useState(false);

  useEffect(() => {
    let active = true;
    const follow = (): void => {
      socket.emit('meeting.follow', { meetingId, present }, (ack: FollowAck) => {
        if (!active) return;
        setStatus(ack.ok ? 'following' : ack.error);
        setKeptAlive(ack.ok && ack.keepsSessionAlive);
      });
    };
    const onUpdated = ({ meeting: incoming }: MeetingUpdatedEvent): void => {
      if (incoming.id === meetingId) storeMeeting(queryClient, incoming);
    };
    const onDisconnect = (): void => setStatus('reconnecting');
    socket.on('connect', follow);
    socket.on('disconnect', onDisconnect);
    socket.on('meeting.updated', onUpdated);
    if (socket.connected) follow();
    return () => {
      active = false;
      socket.off('connect', follow);
      socket.off('disconnect', onDisconnect);
      socket.off('meeting.updated', onUpdated);
      if (socket.connected) socket.emit('meeting.unfollow', { meetingId });
    };
  }, [meetingId, present, socket, queryClient]);

  const open = meeting?.status === 'open';
  const held = status === 'following' && open && keptAlive;
  useEffect(() => (held ? holdSession() : undefined), [held]);

  return status;
}
