import { useTranslation } from 'react-i18next';
import { formatShortDay } from '../../../lib/format';
import type { FormUnit, UnitEntry } from '../hooks/use-report-form';
import { inputId, type TextField, type UnitFormState } from '../utils/form-values';
import { ReportConflictNotice } from './conflict-notice';
import { DestinationsField } from './destinations-field';
import { FieldMessage, NumberField } from './number-field';
import { OutlierNote } from './outlier-note';
import { StaffingField } from './staffing-field';

// Places first (what the unit has), then the day's movements (what happened).
const PLACE_FIELDS: readonly { field: TextField; optional?: boolean }[] = [
  { field: 'capacity' },
  { field: 'occupied' },
  { field: 'surgeCapacity', optional: true },
];
const FLOW_FIELDS: readonly { field: TextField; optional?: boolean }[] = [{ field: 'admissions' }, { field: 'discharges' }];

/** One unit's figures: a fieldset so its name is read with every field. */
export function UnitFieldset({
  unit,
  entry,
  onChange,
  onTakeTheirs,
  onKeepMine,
}: {
  unit: FormUnit;
  entry: UnitEntry;
  onChange: (state: UnitFormState) => void;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const { state, errors } = entry;
  const set = (field: TextField) => (value: string) => onChange({ ...state, [field]: value });
  const id = (path: string): string => inputId(unit.id, path);
  const countField = ({ field, optional }: { field: TextField; optional?: boolean }) => (
    <NumberField
      key={field}
      id={id(field)}
      label={t(`form.${field}`)}
      value={state[field]}
      onChange={set(field)}
      error={errors[field]}
      optional={optional ?? false}
    />
  );
  const previousComment = !unit.report && unit.lastReport?.comment ? unit.lastReport : null;

  return (
    <fieldset className="unit-card" data-testid={`unit-${unit.id}`}>
      <legend className="unit-card__legend">{unit.name}</legend>
      <p className="unit-card__source muted">
        {unit.report
          ? t('form.source.today', { version: unit.report.version, user: unit.report.updatedBy })
          : unit.lastReport
            ? t('form.source.prefilled', { day: formatShortDay(unit.lastReport.date) })
            : t('form.source.empty')}
      </p>
      {entry.conflict ? (
        <ReportConflictNotice current={entry.conflict} onTakeTheirs={onTakeTheirs} onKeepMine={onKeepMine} />
      ) : null}
      {entry.serverOutliers.length > 0 ? <OutlierNote outliers={entry.serverOutliers} /> : null}
      <div className="field-grid field-grid--three">{PLACE_FIELDS.map(countField)}</div>
      <div className="field-grid field-grid--three">{FLOW_FIELDS.map(countField)}</div>
      <DestinationsField
        unitId={unit.id}
        values={state.destinations}
        onChange={(destinations) => onChange({ ...state, destinations })}
        errors={errors}
      />
      <StaffingField
        id={id('staffing')}
        value={state.staffing}
        onChange={(staffing) => onChange({ ...state, staffing })}
        error={errors.staffing}
      />
      <div className="field-grid field-grid--three">
        <NumberField
          id={id('sickLeavePct')}
          label={t('form.sickLeavePct')}
          value={state.sickLeavePct}
          onChange={set('sickLeavePct')}
          error={errors.sickLeavePct}
          optional
          decimal
        />
        <NumberField
          id={id('covidPatients')}
          label={t('form.covidPatients')}
          value={state.covidPatients}
          onChange={set('covidPatients')}
          error={errors.covidPatients}
          optional
        />
        {unit.kind === 'hospital' ? (
          <NumberField
            id={id('closedBeds')}
            label={t('form.closedBeds')}
            value={state.closedBeds}
            onChange={set('closedBeds')}
            error={errors.closedBeds}
            optional
          />
        ) : null}
      </div>
      <div className={errors.comment ? 'field field--invalid' : 'field'}>
        <label htmlFor={id('comment')}>
          {t('form.comment')} <span className="field__optional">{t('form.optional')}</span>
        </label>
        {previousComment ? (
          <p id={`${id('comment')}-hint`} className="field__hint">
            {t('form.previousComment', { day: formatShortDay(previousComment.date), comment: previousComment.comment })}
          </p>
        ) : null}
        <textarea
          id={id('comment')}
          rows={2}
          maxLength={1000}
          value={state.comment}
          onChange={(event) => set('comment')(event.target.value)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={
            [previousComment ? `${id('comment')}-hint` : '', errors.comment ? `${id('comment')}-error` : ''].join(' ').trim() ||
            undefined
          }
        />
        {errors.comment ? (
          <p id={`${id('comment')}-error`} className="field__error">
            <FieldMessage message={errors.comment} />
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
