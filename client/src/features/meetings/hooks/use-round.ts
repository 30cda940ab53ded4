import type { Meeting } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useReducer, useRef, useState } from 'react';
import { sendMeetingCommand, storeMeeting } from '../api/meetings-api';
import { clampStep, FOLLOWING, moveStep, viewerReducer, type RoundCommand, type Step } from '../utils/round';

export interface Round {
  /** The step on this screen. */
  step: Step;
  count: number;
  /** This user steers the meeting (the chair, or an analyst standing in). */
  steering: boolean;
  /** A viewer follows the chair's step; the chair always "follows" themself. */
  following: boolean;
  go: (command: RoundCommand) => void;
  follow: () => void;
  unfollow: () => void;
  /** The last step could not be sent. */
  failed: boolean;
}

/**
 * The chair's steps go to the server one at a time; quick presses only move the target, and the
 * screen shows the target at once, so a clicker never waits for the network. Viewers step on
 * their own, which leaves follow mode until they ask to follow again.
 */
export function useRound(meeting: Meeting, steering: boolean): Round {
  const queryClient = useQueryClient();
  const count = meeting.participants.length;
  const [viewer, dispatch] = useReducer(viewerReducer, FOLLOWING);
  const [target, setTarget] = useState<{ step: Step } | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = useRef<{ step: Step } | null>(null);
  const sending = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    if (sending.current) return;
    sending.current = true;
    try {
      while (wanted.current) {
        const { step } = wanted.current;
        try {
          storeMeeting(queryClient, await sendMeetingCommand(meeting.id, { type: 'step', step }));
          setFailed(false);
        } catch {
          // Back to what the server says; the screen must not pretend.
          setFailed(true);
          wanted.current = null;
          setTarget(null);
          break;
        }
        if (wanted.current?.step === step) {
          wanted.current = null;
          setTarget(null);
        }
      }
    } finally {
      sending.current = false;
    }
  }, [meeting.id, queryClient]);

  const serverStep = clampStep(meeting.step, count);
  const shown = steering
    ? clampStep(target ? target.step : serverStep, count)
    : viewer.following
      ? serverStep
      : clampStep(viewer.ownStep, count);

  const go = useCallback(
    (command: RoundCommand) => {
      if (steering) {
        // From the step last asked for, not from the render: presses quicker than the screen
        // redraws still add up.
        const from = wanted.current ? clampStep(wanted.current.step, count) : shown;
        const next = { step: moveStep(from, count, command) };
        wanted.current = next;
        setTarget(next);
        void flush();
      } else {
        dispatch({ type: 'navigate', command, from: shown, count });
      }
    },
    [steering, shown, count, flush],
  );
  const follow = useCallback(() => dispatch({ type: 'follow' }), []);
  const unfollow = useCallback(() => dispatch({ type: 'unfollow', at: shown }), [shown]);

  return { step: shown, count, steering, following: steering || viewer.following, go, follow, unfollow, failed };
}
