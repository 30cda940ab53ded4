import type { AgendaContent, AgendaItem, Meeting } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { FollowUpList } from './follow-up-list';
import { PreviousMinutes } from './previous-minutes';

export interface AgendaContentProps {
  meeting: Meeting;
  item: AgendaItem;
  editable: boolean;
}

/**
 * What an agenda item shows under its title, text and links, by its `content`: the agenda's
 * extension point on the client. This feature renders its own kinds; a page adds the ones that
 * need other features (the round needs the live situation and history; another feature's item,
 * e.g. a staffing plan, brings its own component) by passing renderers to `AgendaPanel`.
 */
export type AgendaContentRenderers = Partial<Record<AgendaContent, (props: AgendaContentProps) => ReactNode>>;

export const MEETING_AGENDA_CONTENT: AgendaContentRenderers = {
  previous_minutes: (props) => <PreviousMinutes {...props} />,
  follow_up: (props) => <FollowUpList {...props} />,
};
