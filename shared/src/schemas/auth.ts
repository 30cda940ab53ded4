import { z } from 'zod';
import { ROLES } from '../domain/roles.js';

export const loginSchema = z.strictObject(
  {
    username: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(100),
    password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(1000),
  },
  { error: 'validation.unknownField' },
);
export type LoginInput = z.infer<typeof loginSchema>;

// An integration's key lasts 90 days unless the admin chooses otherwise, and never more than a year.
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

export const issueTokenSchema = z.strictObject(
  {
    name: z
      .string({ error: 'validation.name' })
      .trim()
      .min(1, { error: 'validation.name' })
      .max(100, { error: 'validation.name' }),
    organizationCode: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
    role: z.enum(ROLES, { error: 'validation.role' }),
    expiresInDays: z
      .number({ error: 'validation.tokenExpiry' })
      .int({ error: 'validation.tokenExpiry' })
      .min(1, { error: 'validation.tokenExpiry' })
      .max(TOKEN_MAX_DAYS, { error: 'validation.tokenExpiry' })
      .default(TOKEN_DEFAULT_DAYS),
  },
  { error: 'validation.unknownField' },
);
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;
