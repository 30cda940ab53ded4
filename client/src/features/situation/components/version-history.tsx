import type { SituationOrganization, SituationUnit } from '@lagesbild/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatTime } from '../../../lib/format';
import { useReportVersions } from '../api/situation-api';
import { versionChanges, type FieldChange } from '../utils/version-changes';

/**
 * Today's corrections per unit: every version is kept, and here anyone in the region can see who
 * changed which figure, when ("27 → 140 at 09:42 by falun"). Fetched when opened.
 */
export function VersionHistory({ organization, date }: { organization: SituationOrganization; date: string }) {
  const { t } = useTranslation();
  const corrected = organization.units.filter((unit) => (unit.report?.version ?? 0) > 1);
  if (corrected.length === 0) return null;
  return (
    <div className="version-history" data-testid="version-history">
      <h3>{t('versions.title')}</h3>
      {corrected.map((unit) => (
        <UnitVersions key={unit.id} unit={unit} date={date} />
      ))}
    </div>
  );
}

function UnitVersions({ unit, date }: { unit: SituationUnit; date: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = unit.report?.version ?? 0;
  const versions = useReportVersions(unit.id, date, current, open);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)} data-testid={`versions-${unit.id}`}>
      <summary>{t('versions.summary', { unit: unit.name, count: current })}</summary>
      {versions.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : versions.isError ? (
        <p className="muted">{t('versions.unavailable')}</p>
      ) : (
        <ol className="version-list">
          {versionChanges(versions.data).map(({ version, changes }) => (
            <li key={version.version}>
              <span className="version-list__who">
                {t('versions.line', { version: version.version, time: formatTime(version.updatedAt), user: version.updatedBy })}
              </span>{' '}
              {changes.length === 0
                ? t('versions.noChange')
                : changes.map((change, index) => (
                    <Fragment key={change.field}>
                      {index > 0 ? ' · ' : null}
                      <ChangeText change={change} first={version.version === 1} />
                    </Fragment>
                  ))}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function ChangeText({ change, first }: { change: FieldChange; first: boolean }) {
  const { t } = useTranslation();
  const label = t(`form.${change.field}`);
  const show = (value: FieldChange['before']): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (change.field === 'staffing') return t(`staffing.${String(value)}`);
    if (change.field === 'sickLeavePct' && typeof value === 'number') return formatPercent(value);
    if (typeof value === 'number') return formatNumber(value);
    return `”${value}”`;
  };
  return (
    <span className="version-list__change">
      {first ? `${label} ${show(change.after)}` : `${label} ${show(change.before)} → ${show(change.after)}`}
    </span>
  );
}
