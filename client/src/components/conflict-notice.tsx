import { useTranslation } from 'react-i18next';
import { Icon } from './icon';

export interface ConflictFigure {
  label: string;
  value: string;
}

/**
 * A 409: someone else saved the same thing meanwhile. Says who and shows what they saved, and lets
 * the user choose: take their values, or save their own over them knowingly.
 */
export function ConflictNotice({
  title,
  figures,
  onTakeTheirs,
  onKeepMine,
}: {
  title: string;
  figures: readonly ConflictFigure[];
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert" data-testid="conflict">
      <p className="notice__title">
        <Icon name="warning" />
        {title}
      </p>
      <dl className="inline-list">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
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
