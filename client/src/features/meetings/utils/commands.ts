import type { ActionStatus, AgendaItemInput, AttendanceInput, MeetingActionInput, MeetingDecisionInput } from '@lagesbild/shared';
import type { Step } from './round';

/** Every change the chair can make to a meeting; each answers the whole updated meeting. */
export type MeetingCommand =
  | { type: 'step'; step: Step }
  | { type: 'refresh' }
  | { type: 'participants'; participants: string[] }
  | { type: 'note'; organizationCode: string; text: string }
  | { type: 'addDecision'; text: string; extra?: Omit<MeetingDecisionInput, 'text'> }
  | { type: 'removeDecision'; decisionId: string }
  | { type: 'addAction'; action: MeetingActionInput }
  | { type: 'removeAction'; actionId: string }
  | { type: 'close' }
  | { type: 'addItem'; item: AgendaItemInput }
  | { type: 'updateItem'; itemId: string; item: AgendaItemInput }
  | { type: 'removeItem'; itemId: string }
  | { type: 'orderAgenda'; itemIds: string[] }
  | { type: 'currentItem'; itemId: string | null }
  | { type: 'attendance'; attendance: AttendanceInput }
  | { type: 'actionStatus'; actionId: string; status: ActionStatus }
  | { type: 'sendMinutes' };

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
      return { path: `${base}/decisions`, method: 'POST', body: { text: command.text, ...command.extra } };
    case 'removeDecision':
      return { path: `${base}/decisions/${encodeURIComponent(command.decisionId)}`, method: 'DELETE' };
    case 'addAction':
      return { path: `${base}/actions`, method: 'POST', body: command.action };
    case 'removeAction':
      return { path: `${base}/actions/${encodeURIComponent(command.actionId)}`, method: 'DELETE' };
    case 'close':
      return { path: `${base}/close`, method: 'POST' };
    case 'addItem':
      return { path: `${base}/agenda`, method: 'POST', body: command.item };
    case 'updateItem':
      return { path: `${base}/agenda/${encodeURIComponent(command.itemId)}`, method: 'PUT', body: command.item };
    case 'removeItem':
      return { path: `${base}/agenda/${encodeURIComponent(command.itemId)}`, method: 'DELETE' };
    case 'orderAgenda':
      return { path: `${base}/agenda`, method: 'PUT', body: { itemIds: command.itemIds } };
    case 'currentItem':
      return { path: `${base}/current-item`, method: 'PUT', body: { itemId: command.itemId } };
    case 'attendance':
      return { path: `${base}/attendance`, method: 'PUT', body: command.attendance };
    case 'actionStatus':
      return {
        path: `${base}/actions/${encodeURIComponent(command.actionId)}/status`,
        method: 'PUT',
        body: { status: command.status },
      };
    case 'sendMinutes':
      return { path: `${base}/minutes/send`, method: 'POST' };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown meeting command ${String(unreachable)}`);
    }
  }
}
