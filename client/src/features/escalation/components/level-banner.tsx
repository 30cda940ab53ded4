import type { EscalationLevelState, Situation, UserInfo } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { bannerLevels } from '../utils/levels';
import { LevelName, levelTone, measuresLine } from './level-text';

/**
 * The declared level on every screen of the region: the region's, and the viewer's own
 * municipality's, with why, the measures, since when and the beds closed for lack of staff. The
 * live region is always there, so a level declared while the page is open is read out.
 */
export function LevelBanner({ situation, user }: { situation: Situation | null; user: UserInfo }) {
  const { t } = useTranslation();
  const shown = situation ? bannerLevels(situation, user) : null;
  const organizationName = (code: string) => situation?.organizations.find((org) => org.code === code)?.name ?? code;
  return (
    <div aria-live="polite" className="level-banners">
      {shown?.region && situation ? (
        <LevelNotice
          level={shown.region}
          name={situation.regionName}
          closedBeds={shown.closedBeds}
          region={situation.region}
          testId="level-banner"
        >
          {shown.cadence.length > 0 ? (
            <p className="level-banner__line" data-testid="cadence-offer">
              {t('escalation.banner.cadence', { times: shown.cadence.join(` ${t('escalation.and')} `) })}{' '}
              <Link to={`/region/${situation.region}/meetings`}>{t('escalation.banner.planMeeting')}</Link>
            </p>
          ) : null}
        </LevelNotice>
      ) : null}
      {shown?.own && situation ? (
        <LevelNotice
          level={shown.own}
          name={organizationName(shown.own.organizationCode)}
          closedBeds={0}
          region={situation.region}
          testId="own-level-banner"
        />
      ) : null}
    </div>
  );
}

function LevelNotice({
  level,
  name,
  closedBeds,
  region,
  testId,
  children,
}: {
  level: EscalationLevelState;
  name: string;
  closedBeds: number;
  region: string;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const measures = measuresLine(level);
  return (
    <section className={`level-banner level-banner--${levelTone(level.level)}`} data-testid={testId} aria-label={name}>
      <p className="level-banner__title">
        <Icon name={levelTone(level.level) === 'strained' ? 'strained' : 'critical'} />
        <strong>
          {name}: <LevelName level={level.level} />
        </strong>
        <span className="level-banner__since">{t('escalation.banner.since', { time: formatDateTime(level.since) })}</span>
      </p>
      {level.reason ? <p className="level-banner__line">{level.reason}</p> : null}
      {measures ? <p className="level-banner__line">{t('escalation.banner.measures', { measures })}</p> : null}
      {closedBeds > 0 ? (
        <p className="level-banner__line" data-testid="banner-closed-beds">
          {t('escalation.banner.closedBeds', { count: closedBeds, value: formatNumber(closedBeds) })}
        </p>
      ) : null}
      {children}
      <p className="level-banner__line">
        <Link to={`/region/${region}/escalation`}>{t('escalation.banner.more')}</Link>
      </p>
    </section>
  );
}
