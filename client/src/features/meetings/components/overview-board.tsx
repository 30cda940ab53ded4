import type { Meeting, Situation, TotalsBlock } from '@lagesbild/shared';
import { occupancyPct } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { ScrollRegion } from '../../../components/scroll-region';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { formatChange, formatNumber, formatPercent, formatShortDay } from '../../../lib/format';
import { changedDuringMeeting, changeSincePrevious } from '../utils/meeting-diff';
import { figuresFor, type FigureId, type FigureValue } from '../utils/organization-figures';
import { useFigureText } from './figure-text';
import { PressureLabel } from './pressure-label';

const COLUMNS: readonly FigureId[] = ['occupied', 'occupancyPct', 'free', 'staffing', 'sickLeavePct', 'readyForDischarge'];

/** The whole region at a glance, between the turns: the hospitals in a band, every municipality in a row. */
export function OverviewBoard({ meeting, live }: { meeting: Meeting; live: Situation | null }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const { snapshot, previousSnapshot } = meeting;
  const liveForDiff = meeting.status === 'open' ? live : null;
  const municipalities = meeting.participants.filter(
    (code) => snapshot.organizations.find((org) => org.code === code)?.kind === 'municipality',
  );
  let anyChanged = false;

  const rows = municipalities.map((code) => {
    const figures = figuresFor(snapshot, code);
    if (!figures) return null;
    const difference = changedDuringMeeting(snapshot, liveForDiff, code);
    anyChanged ||= difference.any;
    const since = changeSincePrevious(previousSnapshot, snapshot, code).occupied;
    const cell = (id: FigureId) => {
      const frozen =
        id === 'occupied' && figures.values.capacity !== null
          ? t('meetings.outOf', {
              value: text.value(id, figures.values.occupied),
              of: text.value('capacity', figures.values.capacity),
            })
          : text.value(id, figures.values[id]);
      const change = difference.figures[id] ?? (id === 'occupied' ? difference.figures.capacity : undefined);
      const liveValues: Record<FigureId, FigureValue> | null = change
        ? { ...figures.values, ...liveValuesOf(difference.figures) }
        : null;
      return (
        <td key={id} className={id === 'staffing' ? undefined : 'num'}>
          {figures.reportedUnits === 0 && id !== 'readyForDischarge' ? (
            <span className="muted">–</span>
          ) : (
            <span className="board__frozen">{frozen}</span>
          )}
          {liveValues ? (
            <span className="live-value" data-testid={`live-${code}-${id}`}>
              <Icon name="changed" />
              <VisuallyHidden>{t('meetings.changedDuring')}: </VisuallyHidden>
              {id === 'occupied' && difference.figures.capacity
                ? t('meetings.outOf', {
                    value: text.value(id, liveValues.occupied),
                    of: text.value('capacity', liveValues.capacity),
                  })
                : text.value(id, liveValues[id])}
            </span>
          ) : null}
        </td>
      );
    };
    return (
      <tr key={code} data-testid={`board-${code}`} className={difference.any ? 'board__row--changed' : undefined}>
        <th scope="row">
          {figures.name}
          {difference.any ? <VisuallyHidden>{` (${t('meetings.changedDuring')})`}</VisuallyHidden> : null}
        </th>
        <td>
          <PressureLabel pressure={figures.pressure} />
        </td>
        {COLUMNS.map(cell)}
        {previousSnapshot ? <td className="num">{since === undefined ? '–' : <SignedChange value={since} />}</td> : null}
      </tr>
    );
  });

  return (
    <section className="board" aria-labelledby="board-title" data-testid="overview-board">
      <h2 id="board-title" className="board__title">
        {t('meetings.overviewTitle', { region: snapshot.regionName })}
      </h2>
      <RegionBand
        block={snapshot.totals.reported}
        live={liveForDiff?.date === snapshot.date ? liveForDiff.totals.reported : null}
      />
      <ScrollRegion label={t('meetings.boardCaption')}>
        <table className="stage-table board__table">
          <caption className="visually-hidden">{t('meetings.boardCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.municipality')}</th>
              <th scope="col">{t('table.state')}</th>
              {COLUMNS.map((id) => (
                <th key={id} scope="col" className={id === 'staffing' ? undefined : 'num'}>
                  {t(`meetings.column.${id}`)}
                </th>
              ))}
              {previousSnapshot ? (
                <th scope="col" className="num">
                  {t('meetings.column.sincePrevious')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </ScrollRegion>
      <p className="board__legend">
        {previousSnapshot
          ? t('meetings.previousFrom', { date: formatShortDay(previousSnapshot.date) })
          : t('meetings.noPrevious')}
        {anyChanged ? (
          <>
            {' '}
            <Icon name="changed" /> {t('meetings.changedLegend')}
          </>
        ) : null}
      </p>
    </section>
  );
}

function liveValuesOf(changes: ReturnType<typeof changedDuringMeeting>['figures']): Partial<Record<FigureId, FigureValue>> {
  return Object.fromEntries(Object.entries(changes).map(([id, change]) => [id, change.live]));
}

function SignedChange({ value }: { value: number }) {
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return (
    <span className={`change change--${direction === 'flat' ? 'flat' : direction === 'up' ? 'worse' : 'better'}`}>
      <Icon name={direction} />
      {formatChange(value)}
    </span>
  );
}

function RegionBand({ block, live }: { block: TotalsBlock; live: TotalsBlock | null }) {
  const { t } = useTranslation();
  const items: { id: string; value: string; liveValue: string | null }[] = [
    {
      id: 'hospitalOccupied',
      value: `${t('meetings.outOf', { value: formatNumber(block.hospital.occupied), of: formatNumber(block.hospital.capacity) })} (${formatPercent(occupancyPct(block.hospital.capacity, block.hospital.occupied))})`,
      liveValue:
        live && (live.hospital.occupied !== block.hospital.occupied || live.hospital.capacity !== block.hospital.capacity)
          ? t('meetings.outOf', { value: formatNumber(live.hospital.occupied), of: formatNumber(live.hospital.capacity) })
          : null,
    },
    {
      id: 'hospitalOvercrowding',
      value: formatNumber(block.hospital.overcrowding),
      liveValue: changedNumber(block.hospital.overcrowding, live?.hospital.overcrowding),
    },
    {
      id: 'icuOccupied',
      value: t('meetings.outOf', { value: formatNumber(block.icu.occupied), of: formatNumber(block.icu.capacity) }),
      liveValue: changedNumber(block.icu.occupied, live?.icu.occupied),
    },
    {
      id: 'municipalFree',
      value: t('meetings.outOf', { value: formatNumber(block.municipal.free), of: formatNumber(block.municipal.capacity) }),
      liveValue: changedNumber(block.municipal.free, live?.municipal.free),
    },
    {
      id: 'readyForDischarge',
      value: formatNumber(block.readyForDischarge),
      liveValue: changedNumber(block.readyForDischarge, live?.readyForDischarge),
    },
  ];
  return (
    <dl className="board__band" data-testid="region-band">
      {items.map((item) => (
        <div key={item.id} className="board__band-item">
          <dt>{t(`meetings.band.${item.id}`)}</dt>
          <dd className="board__band-value">
            {item.value}
            {item.liveValue ? (
              <span className="live-value">
                <Icon name="changed" />
                <VisuallyHidden>{t('meetings.changedDuring')}: </VisuallyHidden>
                {item.liveValue}
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function changedNumber(frozen: number, live: number | undefined): string | null {
  return live === undefined || live === frozen ? null : formatNumber(live);
}
