import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../components/field-message';

export { FieldMessage };

/** A figure input with its label, an optional hint and the error right beside it. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  optional = false,
  decimal = false,
  hint,
  quiet = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
  decimal?: boolean;
  hint?: string | undefined;
  /** Optional, but said once by the surrounding group rather than at every input. */
  quiet?: boolean;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && !quiet ? <span className="field__optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <FieldMessage message={error} />
        </p>
      ) : null}
    </div>
  );
}
