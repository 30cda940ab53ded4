import { BadRequestException, StandardSchemaValidationPipe } from '@nestjs/common';
import { validationMessage } from '@lagesbild/shared';

export interface Issue {
  message: string;
  keys?: readonly string[];
  path?: readonly (PropertyKey | { key: PropertyKey })[] | undefined;
}

function pathOf(issue: Issue): string {
  const parts = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
  return parts.length > 0 ? parts.join('.') : '_';
}

/** A 400 that names each bad field, with the Swedish message and the key the client translates. */
export function fieldErrors(issues: readonly Issue[]): BadRequestException {
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
  return new BadRequestException({ statusCode: 400, message: 'Ogiltiga värden', errors, codes });
}

export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({ exceptionFactory: (issues) => fieldErrors(issues) });
}
