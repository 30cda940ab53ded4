import type { EscalationLevelState, Situation } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useLevelHistory } from '../api/escalation-api';
import { LevelName, levelTone, measuresLine } from './level-text';

/** The levels declared now (the region's first, then each municipality above normalläge), and every change before. */
export function LevelsList({ situation }: { situation: Situation }) {
  const { t } = useTranslation();
  const history = useLevelHistory(situation.region);
  const name = (code: string) =>
    code === situation.region ? situation.regionName : (situation.organizations.find((org) => org.code === code)?.name ?? code);
  const region = situation.levels.find((level) => level.organizationCode === situation.region);
  const municipalities = situation.levels.filter(
    (level) => level.organizationCode !== situation.region && level.level !== 'normal',
  );
  return (
    <section className="section" aria-labelledby="levels-title">
      <h2 id="levels-title">{t('escalation.levels.title')}</h2>
      <ul className="level-list" data-testid="level-list">
        <LevelItem name={situation.regionName} level={region ?? null} />
        {municipalities.map((level) => (
          <LevelItem key={level.organizationCode} name={name(level.organizationCode)} level={level} />
        ))}
      </ul>
      {municipalities.length === 0 ? <p className="muted">{t('escalation.levels.municipalitiesNormal')}</p> : null}
      {history.data && history.data.length > 0 ? (
        <details className="escalation-details">
          <summary>{t('escalation.levels.history', { count: history.data.length })}</summary>
          <ol className="level-history">
            {history.data.map((level) => (
              <li key={`${level.organizationCode}/${level.version}`}>
                {formatDateTime(level.updatedAt)} · {name(level.organizationCode)}: <LevelName level={level.level} />
                {level.reason ? ` – ${level.reason}` : ''} <span className="muted">({level.updatedBy})</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function LevelItem({ name, level }: { name: string; level: EscalationLevelState | null }) {
  const { t } = useTranslation();
  const measures = level ? measuresLine(level) : '';
  return (
    <li className={`level-item level-item--${levelTone(level?.level ?? 'normal')}`}>
      <strong>
        {name}: <LevelName level={level?.level ?? 'normal'} />
      </strong>
      {level ? <span className="muted"> {t('escalation.banner.since', { time: formatDateTime(level.since) })}</span> : null}
      {level?.reason ? <p className="level-item__line">{level.reason}</p> : null}
      {measures ? <p className="level-item__line">{t('escalation.banner.measures', { measures })}</p> : null}
    </li>
  );
}
