import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from './field-message';

export interface FieldFrame {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  className?: string;
}

export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** Label, hint, the control and its error, wired together for screen readers. */
export function Frame({ id, label, error, hint, optional, className, children }: FieldFrame & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <FieldMessage message={error} />
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete = 'off',
  required = false,
  ...frame
}: FieldFrame & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'date' | 'search' | 'email';
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <Frame {...frame}>
      <input
        id={frame.id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={frame.error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(frame.id, frame.hint, frame.error)}
      />
    </Frame>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 3,
  ...frame
}: FieldFrame & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Frame {...frame}>
      <textarea
        id={frame.id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={frame.error ? true : undefined}
        aria-describedby={describedBy(frame.id, frame.hint, frame.error)}
      />
    </Frame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  ...frame
}: FieldFrame & { value: string; onChange: (value: string) => void; options: readonly SelectOption[] }) {
  return (
    <Frame {...frame}>
      <select
        id={frame.id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={frame.error ? true : undefined}
        aria-describedby={describedBy(frame.id, frame.hint, frame.error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
