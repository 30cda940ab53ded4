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

export const issueTokenSchema = z.strictObject(
  {
    name: z
      .string({ error: 'validation.name' })
      .trim()
      .min(1, { error: 'validation.name' })
      .max(100, { error: 'validation.name' }),
    organizationCode: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
    role: z.enum(ROLES, { error: 'validation.role' }),
  },
  { error: 'validation.unknownField' },
);
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;
