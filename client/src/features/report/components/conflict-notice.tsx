import type { Report } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatNumber, formatTime } from '../../../lib/format';

/** A 409: someone else saved this unit meanwhile. Show what they saved, and let the user choose. */
export function ConflictNotice({
  current,
  onTakeTheirs,
  onKeepMine,
}: {
  current: Report;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert" data-testid="conflict">
      <p className="notice__title">
        <Icon name="warning" />
        {t('form.conflict.title', { user: current.updatedBy, time: formatTime(current.updatedAt) })}
      </p>
      <dl className="inline-list">
        <div>
          <dt>{t('form.capacity')}</dt>
          <dd>{formatNumber(current.capacity)}</dd>
        </div>
        <div>
          <dt>{t('form.occupied')}</dt>
          <dd>{formatNumber(current.occupied)}</dd>
        </div>
        <div>
          <dt>{t('form.admissions')}</dt>
          <dd>{formatNumber(current.admissions)}</dd>
        </div>
        <div>
          <dt>{t('form.discharges')}</dt>
          <dd>{formatNumber(current.discharges)}</dd>
        </div>
        <div>
          <dt>{t('form.staffing')}</dt>
          <dd>{t(`staffing.${current.staffing}`)}</dd>
        </div>
        {current.comment ? (
          <div>
            <dt>{t('form.comment')}</dt>
            <dd>{current.comment}</dd>
          </div>
        ) : null}
      </dl>
      <div className="notice__actions">
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          {t('form.conflict.takeTheirs')}
        </button>
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t('form.conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
