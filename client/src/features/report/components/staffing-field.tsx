import { STAFFING_LEVELS, type Staffing } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from './number-field';

export function StaffingField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Staffing | '';
  onChange: (value: Staffing) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={error ? 'field field--invalid choice-group' : 'field choice-group'}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('form.staffing')}</legend>
      <div className="choice-group__options">
        {STAFFING_LEVELS.map((level, index) => (
          <label key={level} className="choice">
            <input
              type="radio"
              name={id}
              id={index === 0 ? id : undefined}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <span>{t(`staffing.${level}`)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <FieldMessage message={error} />
        </p>
      ) : null}
    </fieldset>
  );
}
