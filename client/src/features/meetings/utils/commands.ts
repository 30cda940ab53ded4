import type { MeetingActionInput } from '@lagesbild/shared';
import type { Step } from './round';

/** Every change the chair can make to a meeting; each answers the whole updated meeting. */
export type MeetingCommand =
  | { type: 'step'; step: Step }
  | { type: 'refresh' }
  | { type: 'participants'; participants: string[] }
  | { type: 'note'; organizationCode: string; text: string }
  | { type: 'addDecision'; text: string }
  | { type: 'removeDecision'; decisionId: string }
  | { type: 'addAction'; action: MeetingActionInput }
  | { type: 'removeAction'; actionId: string }
  | { type: 'close' };

export interface CommandRequest {
  path: string;
  method: 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

export function commandRequest(meetingId: string, command: MeetingCommand): CommandRequest {
  const base = `/api/meetings/${encodeURIComponent(meetingId)}`;
  switch (command.type) {
    case 'step':
      return { path: `${base}/step`, method: 'PUT', body: { step: command.step } };
    case 'refresh':
      return { path: `${base}/refresh`, method: 'POST' };
    case 'participants':
      return { path: `${base}/participants`, method: 'PUT', body: { participants: command.participants } };
    case 'note':
      return {
        path: `${base}/notes/${encodeURIComponent(command.organizationCode)}`,
        method: 'PUT',
        body: { text: command.text },
      };
    case 'addDecision':
      return { path: `${base}/decisions`, method: 'POST', body: { text: command.text } };
    case 'removeDecision':
      return { path: `${base}/decisions/${encodeURIComponent(command.decisionId)}`, method: 'DELETE' };
    case 'addAction':
      return { path: `${base}/actions`, method: 'POST', body: command.action };
    case 'removeAction':
      return { path: `${base}/actions/${encodeURIComponent(command.actionId)}`, method: 'DELETE' };
    case 'close':
      return { path: `${base}/close`, method: 'POST' };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown meeting command ${String(unreachable)}`);
    }
  }
}
