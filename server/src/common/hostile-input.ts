import { NotFoundException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { fieldErrors, type Issue } from './validation.js';

// JSON.parse makes `__proto__` an own key, which a later spread or merge turns into the object's
// prototype; `constructor` and `prototype` lead there too. No payload of ours has such a field.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// PostgreSQL refuses NUL in text: unchecked, it comes back from the driver as a 500.
const NUL = '\u0000';

interface Step {
  parent: Step | null;
  key: string | number;
}

function pathOf(step: Step | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = step; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Every key that reaches a prototype and every string holding NUL, anywhere in a parsed body or
 * query, with its path, in document order. Walked with a stack, not recursion, and each node links
 * to its parent instead of copying its path: 256 kB of `[[[[…` must neither overflow nor crawl.
 */
export function unsafeInputIssues(root: unknown): Issue[] {
  const issues: Issue[] = [];
  type Item = { value: unknown; at: Step | null } | { issue: string; at: Step };
  const stack: Item[] = [{ value: root, at: null }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('issue' in item) {
      issues.push({ message: item.issue, path: pathOf(item.at) });
      continue;
    }
    const { value, at } = item;
    if (typeof value === 'string') {
      if (value.includes(NUL)) issues.push({ message: 'validation.nulCharacter', path: pathOf(at) });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index], at: { parent: at, key: index } });
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value).reverse()) {
        const step = { parent: at, key };
        if (PROTOTYPE_KEYS.has(key)) stack.push({ issue: 'validation.forbiddenKey', at: step });
        else if (key.includes(NUL)) stack.push({ issue: 'validation.nulCharacter', at: step });
        else stack.push({ value: (value as Record<string, unknown>)[key], at: step });
      }
    }
  }
  return issues;
}

/**
 * Runs after the JSON parser, before any route: one check for every body, query and path, so no
 * schema has to remember it. A NUL in the path can name no resource (404); in a body or query it is
 * a 400 naming the field, and nothing is stored.
 */
export function refuseHostileInput(request: Request, _response: Response, next: NextFunction): void {
  const path = request.originalUrl.split('?', 1)[0] ?? '';
  if (/%00/.test(path)) return next(new NotFoundException());
  const issues = [...unsafeInputIssues(request.query), ...unsafeInputIssues(request.body)];
  next(issues.length > 0 ? fieldErrors(issues) : undefined);
}
