import type { Situation } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { LevelName, levelTone, measuresLine } from './level-text';

/**
 * The region's declared level in one line, for the meeting round on the big screen: nothing in
 * normalläge. Reads the live situation, so a level declared during the meeting appears at once.
 */
export function LevelStrip({ situation }: { situation: Situation | null }) {
  const { t } = useTranslation();
  const level = situation?.levels.find((entry) => entry.organizationCode === situation.region);
  if (!situation || !level || level.level === 'normal') return null;
  const tone = levelTone(level.level);
  const closedBeds = situation.totals.estimated.hospital.closedBeds;
  const measures = measuresLine(level);
  return (
    <p className={`level-strip level-strip--${tone}`} data-testid="level-strip">
      <Icon name={tone === 'strained' ? 'strained' : 'critical'} />
      <strong>
        {situation.regionName}: <LevelName level={level.level} />
      </strong>
      <span>{t('escalation.banner.since', { time: formatDateTime(level.since) })}</span>
      {level.reason ? <span>· {level.reason}</span> : null}
      {measures ? <span>· {measures}</span> : null}
      {closedBeds > 0 ? (
        <span>· {t('escalation.banner.closedBeds', { count: closedBeds, value: formatNumber(closedBeds) })}</span>
      ) : null}
    </p>
  );
}
