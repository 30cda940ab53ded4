import type { ApiErrorBody } from '@lagesbild/shared';

/**
 * Field path → a message: a `validation.*` key (shown in the user's language), or the server's
 * text as it came when there is no key.
 */
export type FieldErrors = Record<string, string>;

/** Per-field messages from a 400: the message keys when given (for the user's language), else the text. */
export function fieldErrorsFromServer(body: ApiErrorBody | null): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, keys] of Object.entries(body?.codes ?? {})) {
    if (keys[0]) errors[field] = keys[0];
  }
  for (const [field, texts] of Object.entries(body?.errors ?? {})) {
    if (texts[0]) errors[field] ??= texts[0];
  }
  return errors;
}

/** Field errors from a schema's issues (first problem per field), as the server would name them. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    errors[path] ??= issue.message;
  }
  return errors;
}
