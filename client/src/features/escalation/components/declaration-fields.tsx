import { COMMON_MEASURES, ESCALATION_LEVELS, type CommonMeasure, type EscalationLevel } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { FieldMessage } from '../../../components/field-message';
import type { FieldErrors } from '../../../lib/field-errors';

export interface DeclarationDraft {
  level: EscalationLevel;
  reason: string;
  measures: CommonMeasure[];
  otherMeasures: string;
}

/** The parts of a declaration: the level (unless fixed, as when confirming a suggestion), why, and the measures. */
export function DeclarationFields({
  idPrefix,
  draft,
  onChange,
  errors,
  fixedLevel = false,
}: {
  idPrefix: string;
  draft: DeclarationDraft;
  onChange: (draft: DeclarationDraft) => void;
  errors: FieldErrors;
  fixedLevel?: boolean;
}) {
  const { t } = useTranslation();
  const measureError = Object.entries(errors).find(([field]) => field === 'measures' || field.startsWith('measures.'))?.[1];
  const toggle = (measure: CommonMeasure) =>
    onChange({
      ...draft,
      measures: draft.measures.includes(measure) ? draft.measures.filter((m) => m !== measure) : [...draft.measures, measure],
    });
  return (
    <>
      {fixedLevel ? null : (
        <fieldset className={errors.level ? 'field field--invalid choice-group' : 'field choice-group'}>
          <legend>{t('escalation.form.level')}</legend>
          <div className="choice-group__options">
            {ESCALATION_LEVELS.map((level, index) => (
              <label key={level} className="choice">
                <input
                  type="radio"
                  name={`${idPrefix}-level`}
                  id={index === 0 ? `${idPrefix}-level` : undefined}
                  value={level}
                  checked={draft.level === level}
                  onChange={() => onChange({ ...draft, level })}
                />
                <span>{t(`escalationLevel.${level}`)}</span>
              </label>
            ))}
          </div>
          {errors.level ? (
            <p className="field__error">
              <FieldMessage message={errors.level} />
            </p>
          ) : null}
        </fieldset>
      )}
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={t('escalation.form.reason')}
        hint={t('escalation.form.reasonHint')}
        value={draft.reason}
        onChange={(reason) => onChange({ ...draft, reason })}
        error={errors.reason}
        optional={draft.level === 'normal'}
      />
      <fieldset
        className={measureError ? 'field field--invalid choice-group' : 'field choice-group'}
        aria-describedby={measureError ? `${idPrefix}-measures-error` : undefined}
      >
        <legend>{t('escalation.form.measures')}</legend>
        <div className="checkbox-grid">
          {COMMON_MEASURES.map((measure) => (
            <label key={measure} className="choice">
              <input type="checkbox" checked={draft.measures.includes(measure)} onChange={() => toggle(measure)} />
              <span>{t(`escalationMeasure.${measure}`)}</span>
            </label>
          ))}
        </div>
        {measureError ? (
          <p id={`${idPrefix}-measures-error`} className="field__error">
            <FieldMessage message={measureError} />
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-other`}
        label={t('escalation.form.otherMeasures')}
        value={draft.otherMeasures}
        onChange={(otherMeasures) => onChange({ ...draft, otherMeasures })}
        error={errors.otherMeasures}
        optional
      />
    </>
  );
}
