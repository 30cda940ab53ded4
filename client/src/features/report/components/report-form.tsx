import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftNotice } from '../../../components/draft-notice';
import { useReportForm, type FormUnit } from '../hooks/use-report-form';
import { inputId } from '../utils/form-values';
import { ErrorSummary } from './error-summary';
import { OutlierDialog } from './outlier-dialog';
import { SaveStatus } from './save-status';
import { UnitFieldset } from './unit-fieldset';

/** All of an organisation's units on one page, saved with one button. */
export function ReportForm({
  units,
  date,
  onSaved,
  draftKey,
}: {
  units: readonly FormUnit[];
  date: string;
  onSaved: () => void;
  /** Where unsaved input is kept (lib/drafts), so a session that runs out does not lose it. */
  draftKey?: string;
}) {
  const { t } = useTranslation();
  const form = useReportForm(units, date, onSaved, draftKey);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After a refused save, move focus to the list of errors so keyboard and screen-reader users
  // land where the problem is explained.
  useEffect(() => {
    if (form.outcome.kind === 'invalid') summaryRef.current?.focus();
  }, [form.outcome]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void form.submit();
  }

  return (
    <form className="report-form" onSubmit={onSubmit} noValidate aria-labelledby="report-title">
      {form.restored ? <DraftNotice onDiscard={form.discardDraft} /> : null}
      <ErrorSummary ref={summaryRef} units={units} entries={form.entries} />
      {units.map((unit) => {
        const entry = form.entries[unit.id];
        if (!entry) return null;
        return (
          <UnitFieldset
            key={unit.id}
            unit={unit}
            entry={entry}
            onChange={(state) => form.setState(unit.id, state)}
            onTakeTheirs={() => form.takeTheirs(unit.id)}
            onKeepMine={() => void form.keepMine(unit.id)}
          />
        );
      })}
      <div className="save-bar">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {t('form.save', { count: units.length })}
        </button>
        <SaveStatus outcome={form.outcome} saving={form.saving} />
      </div>
      <OutlierDialog
        questions={form.questions}
        units={units}
        onConfirm={() => void form.confirmOutliers()}
        onCancel={() => {
          // Back to the first doubtful figure, which is most likely the one to correct.
          const first = form.questions?.[0];
          form.cancelOutliers();
          const field = first?.outliers[0]?.field;
          if (first && field) requestAnimationFrame(() => document.getElementById(inputId(first.unitId, field))?.focus());
        }}
      />
    </form>
  );
}
