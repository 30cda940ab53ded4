import { reportingDay, type History, type Meeting, type Situation } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatDateTime, formatNumber, formatShortDay } from '../../../lib/format';
import { changedDuringMeeting, changeSincePrevious, previousValue } from '../utils/meeting-diff';
import {
  figuresFor,
  HIGHER_IS_WORSE,
  MUNICIPAL_FIGURES,
  REGION_FIGURES,
  type FigureId,
  type OrganizationFigures,
} from '../utils/organization-figures';
import { occupancyTrend } from '../utils/trend';
import { useFigureText } from './figure-text';
import { FigureTile, type TileChange } from './figure-tile';
import { ChangedLabel, PressureLabel } from './pressure-label';
import { Sparkline } from './sparkline';
import { UnitFigures } from './unit-figures';

// "31 of 34": the count and what it is out of are one figure on screen.
const OUT_OF: Partial<Record<FigureId, FigureId>> = { occupied: 'capacity', icuOccupied: 'icuCapacity' };

// The region's places are hospital beds: say so where the words would otherwise be the same.
function figureLabelKey(kind: OrganizationFigures['kind'], id: FigureId): string {
  if (kind === 'region' && (id === 'occupied' || id === 'occupancyPct' || id === 'free')) return `meetings.figure.hospital.${id}`;
  return `meetings.figure.${id}`;
}

/** One organisation's turn in the round: its frozen figures, how they moved, and its own words. */
export function OrganizationStep({
  meeting,
  code,
  live,
  history,
}: {
  meeting: Meeting;
  code: string;
  live: Situation | null;
  history: History | undefined;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  const figures = figuresFor(meeting.snapshot, code);
  if (!figures) return <p>{t('meetings.unknownOrganization')}</p>;
  const organization = meeting.snapshot.organizations.find((org) => org.code === code);
  const difference = changedDuringMeeting(meeting.snapshot, meeting.status === 'open' ? live : null, code);
  const since = changeSincePrevious(meeting.previousSnapshot, meeting.snapshot, code);
  const ids = figures.kind === 'region' ? REGION_FIGURES : MUNICIPAL_FIGURES;

  const sinceChange = (id: FigureId): TileChange | null => {
    const change = since[id];
    if (change === undefined) return null;
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    return { text: text.change(id, change), direction, worse: change > 0 === HIGHER_IS_WORSE[id] };
  };
  const liveText = (id: FigureId): string | null => {
    const base = difference.figures[id];
    const outOf = OUT_OF[id];
    const baseOf = outOf ? difference.figures[outOf] : undefined;
    if (!base && !baseOf) return null;
    const liveValue = base ? base.live : figures.values[id];
    const value = text.value(id, liveValue);
    if (!outOf) return value;
    const ofValue = baseOf ? baseOf.live : figures.values[outOf];
    return t('meetings.outOf', { value, of: text.value(outOf, ofValue) });
  };

  return (
    <article className="org-step" aria-labelledby="org-step-title" data-testid={`step-${code}`}>
      <header className="org-step__header">
        <h2 id="org-step-title" className="org-step__title">
          {figures.name}
        </h2>
        <PressureLabel pressure={figures.pressure} />
        {difference.any ? <ChangedLabel /> : null}
        <ReportLine figures={figures} />
      </header>
      <div className="org-step__body">
        <dl className="org-step__tiles">
          {ids.map((id) => {
            const outOf = OUT_OF[id];
            const previous = id === 'staffing' ? previousValue(meeting.previousSnapshot, code, id) : null;
            return (
              <FigureTile
                key={id}
                testId={`tile-${id}`}
                label={t(figureLabelKey(figures.kind, id))}
                value={text.value(id, figures.values[id])}
                of={
                  outOf && figures.values[outOf] !== null
                    ? t('meetings.of', { value: text.value(outOf, figures.values[outOf]) })
                    : null
                }
                sincePrevious={sinceChange(id)}
                previousWord={previous !== null && previous !== figures.values[id] ? text.value(id, previous) : null}
                liveValue={liveText(id)}
                word={id === 'staffing'}
              />
            );
          })}
        </dl>
        <div className="org-step__side">
          {history ? (
            <Sparkline
              points={occupancyTrend(history, code, figures.kind)}
              label={t(figures.kind === 'region' ? 'meetings.trend.hospital' : 'meetings.trend.municipal')}
            />
          ) : null}
          {organization && (organization.units.length > 1 || figures.kind === 'region') ? (
            <UnitFigures organization={organization} />
          ) : null}
          <Comments figures={figures} liveComments={difference.comments} />
        </div>
      </div>
    </article>
  );
}

function ReportLine({ figures }: { figures: OrganizationFigures }) {
  const { t } = useTranslation();
  if (figures.reportedUnits === 0) {
    return (
      <p className="org-step__reported">
        {figures.lastReportedAt
          ? t('meetings.notReportedSince', { day: formatShortDay(reportingDay(new Date(figures.lastReportedAt))) })
          : t('reportAge.never')}
      </p>
    );
  }
  const partial = figures.reportedUnits < figures.units;
  return (
    <p className="org-step__reported">
      {figures.lastReportedAt ? t('meetings.reportedAt', { time: formatDateTime(figures.lastReportedAt) }) : null}
      {partial
        ? ` · ${t('table.partial', { reported: formatNumber(figures.reportedUnits), units: formatNumber(figures.units) })}`
        : ''}
    </p>
  );
}

function Comments({
  figures,
  liveComments,
}: {
  figures: OrganizationFigures;
  liveComments: OrganizationFigures['comments'] | null;
}) {
  const { t } = useTranslation();
  const many = figures.units > 1;
  return (
    <section className="org-step__comments" aria-labelledby="org-step-comments">
      <h3 id="org-step-comments">{t('meetings.comments')}</h3>
      {figures.comments.length === 0 ? <p className="muted">{t('meetings.noComment')}</p> : null}
      {figures.comments.map((comment) => (
        <blockquote key={`${comment.unit}-${comment.text}`} className="org-step__comment">
          {many ? <strong>{comment.unit}: </strong> : null}
          {comment.text}
        </blockquote>
      ))}
      {liveComments ? (
        <div className="org-step__live-comments" data-testid="live-comments">
          <p className="tile__live">
            <Icon name="changed" />
            {t('meetings.commentChanged')}
          </p>
          {liveComments.map((comment) => (
            <blockquote key={`${comment.unit}-${comment.text}`} className="org-step__comment">
              {many ? <strong>{comment.unit}: </strong> : null}
              {comment.text}
            </blockquote>
          ))}
        </div>
      ) : null}
    </section>
  );
}
