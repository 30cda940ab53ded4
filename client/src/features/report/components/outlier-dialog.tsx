import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import type { FormUnit, OutlierQuestion } from '../hooks/use-report-form';
import { OutlierList } from './outlier-note';

/** "Did you mean 14, not 140?" — the figures are allowed, but the reporter confirms them first. */
export function OutlierDialog({
  questions,
  units,
  onConfirm,
  onCancel,
}: {
  questions: readonly OutlierQuestion[] | null;
  units: readonly FormUnit[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={questions !== null} title={t('outliers.title')} onClose={onCancel} alert>
      <p>{t('outliers.intro')}</p>
      {(questions ?? []).map((question) => (
        <section key={question.unitId} className="outlier-unit" data-testid="outlier-question">
          <h3>{units.find((unit) => unit.id === question.unitId)?.name}</h3>
          <OutlierList outliers={question.outliers} />
        </section>
      ))}
      {/* The dialog focuses its first button, "no, let me change": the safe answer. */}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('outliers.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t('outliers.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
