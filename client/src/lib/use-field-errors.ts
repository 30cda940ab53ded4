import { useState } from 'react';
import { isApiError } from './api-client';
import { fieldErrorsFromIssues, fieldErrorsFromServer, type FieldErrors } from './field-errors';

interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * A form's field errors: the schema's before sending, the server's after a 400 (which names fields
 * the same way). `parse` leaves earlier errors standing when the input is valid; clear them with
 * `setErrors({})` where the form should.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});

  /** The parsed input, or null after showing what is wrong with it. */
  function parse<T>(schema: Schema<T>, input: unknown): T | null {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    setErrors(fieldErrorsFromIssues(parsed.error.issues));
    return null;
  }

  /** For a mutation's `onError`: the per-field messages of a 400 (or a 409 naming a taken value) replace the form's errors. */
  function showServerErrors(error: unknown): void {
    if (isApiError(error, 400) || isApiError(error, 409)) setErrors(fieldErrorsFromServer(error.body));
  }

  return { errors, setErrors, parse, showServerErrors };
}
