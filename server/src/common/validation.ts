import { BadRequestException, ConflictException, StandardSchemaValidationPipe } from '@nestjs/common';
import { validationMessage, type ValidationMessageKey } from '@lagesbild/shared';

export interface Issue {
  message: string;
  keys?: readonly string[];
  path?: readonly (PropertyKey | { key: PropertyKey })[] | undefined;
}

function pathOf(issue: Issue): string {
  const parts = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
  return parts.length > 0 ? parts.join('.') : '_';
}

/**
 * The one error shape for bad input: a 400 that names each bad field, with the Swedish message and
 * the key (`codes`) the client translates into the user's language.
 */
export function fieldErrors(issues: readonly Issue[]): BadRequestException {
  return new BadRequestException(fieldErrorBody(issues, 400));
}

/** One bad field. */
export function fieldError(field: string, key: ValidationMessageKey): BadRequestException {
  return fieldErrors([{ message: key, path: [field] }]);
}

/** The same shape as a 409, for a field whose value is already taken. */
export function fieldConflict(field: string, key: ValidationMessageKey): ConflictException {
  return new ConflictException(fieldErrorBody([{ message: key, path: [field] }], 409));
}

function fieldErrorBody(issues: readonly Issue[], statusCode: 400 | 409) {
  // No prototype: a field named `__proto__` must be an entry like any other.
  const errors: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const codes: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const issue of issues) {
    // An unknown key is reported under its own name, so the caller sees which one.
    const fields =
      issue.keys && issue.keys.length > 0
        ? issue.keys.map((key) => [pathOf(issue), key].filter((p) => p !== '_').join('.'))
        : [pathOf(issue)];
    for (const field of fields) {
      const code = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
      (codes[field] ??= []).push(code);
      (errors[field] ??= []).push(validationMessage(code));
    }
  }
  const first = Object.values(errors)[0]?.[0];
  return { statusCode, message: statusCode === 409 && first ? first : 'Ogiltiga värden', errors, codes };
}

export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({ exceptionFactory: (issues) => fieldErrors(issues) });
}
