import { FieldMessage } from '../../../components/field-message';
import { describedBy, Frame } from '../../../components/form-field';

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
  return (
    <Frame id={id} label={label} error={error} hint={hint} optional={optional && !quiet}>
      <input
        id={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Frame>
  );
}
