import type { History, Meeting, Situation } from '@lagesbild/shared';
import { clampStep, type Step } from '../utils/round';
import { OrganizationStep } from './organization-step';
import { OverviewBoard } from './overview-board';

/** What the room looks at: the overview, or one organisation's turn. */
export function Stage({
  meeting,
  step,
  live,
  history,
}: {
  meeting: Meeting;
  step: Step;
  live: Situation | null;
  history: History | undefined;
}) {
  const current = clampStep(step, meeting.participants.length);
  const code = current === null ? null : meeting.participants[current];
  return (
    <div className="stage" data-testid="stage" data-step={current ?? 'overview'}>
      {code ? (
        <OrganizationStep key={code} meeting={meeting} code={code} live={live} history={history} />
      ) : (
        <OverviewBoard meeting={meeting} live={live} />
      )}
    </div>
  );
}
