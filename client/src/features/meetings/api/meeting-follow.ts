import type { FollowAck, Meeting, MeetingUpdatedEvent } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { holdSession } from '../../../lib/session-clock';
import { getSocket, type LiveSocket } from '../../../lib/socket';
import { storeMeeting } from './meetings-api';

export type FollowStatus = 'connecting' | 'following' | 'reconnecting' | 'forbidden' | 'not_found' | 'invalid';

/**
 * Follows a meeting over the app's one socket: every change arrives as the whole meeting and
 * replaces the cached one when its version is newer. After a reconnect the follow is sent again.
 * While an open meeting is followed the server keeps the session alive, so the client's idle
 * countdown is held too (a presentation screen must not log out mid-meeting).
 */
export function useMeetingFollow(
  meetingId: string,
  meeting: Meeting | undefined,
  socket: LiveSocket = getSocket(),
): FollowStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FollowStatus>('connecting');

  useEffect(() => {
    let active = true;
    const follow = (): void => {
      socket.emit('meeting.follow', { meetingId }, (ack: FollowAck) => {
        if (active) setStatus(ack.ok ? 'following' : ack.error);
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
  }, [meetingId, socket, queryClient]);

  const open = meeting?.status === 'open';
  useEffect(() => (status === 'following' && open ? holdSession() : undefined), [status, open]);

  return status;
}
