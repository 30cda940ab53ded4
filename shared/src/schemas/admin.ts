import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { UNIT_KINDS } from '../domain/units.js';
import { emailAddress } from './account.js';
import { isoDate } from './fields.js';

const username = () =>
  z
    .string({ error: 'validation.username' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: 'validation.username' });

// NIST 800-63B: length over composition rules.
export const password = () =>
  z.string({ error: 'validation.password' }).min(12, { error: 'validation.password' }).max(200, { error: 'validation.password' });

const unitName = () =>
  z.string({ error: 'validation.name' }).trim().min(1, { error: 'validation.name' }).max(100, { error: 'validation.name' });

export const createUserSchema = z.strictObject(
  {
    username: username(),
    displayName: z.string().trim().max(100).nullish(),
    role: z.enum(ROLES, { error: 'validation.role' }),
    organizationCode: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
    email: emailAddress().nullish(),
    password: password(),
  },
  { error: 'validation.unknownField' },
);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.strictObject(
  {
    displayName: z.string().trim().max(100).nullish(),
    role: z.enum(ROLES, { error: 'validation.role' }).optional(),
    organizationCode: z.string().min(1, { error: 'validation.required' }).optional(),
    /** null removes the address. */
    email: emailAddress().nullish(),
    active: z.boolean({ error: 'validation.invalid' }).optional(),
    /** The region's coordinator for avrop (staff and equipment): a user of the region organisation. */
    coordinator: z.boolean({ error: 'validation.invalid' }).optional(),
  },
  { error: 'validation.unknownField' },
);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.strictObject({ password: password() }, { error: 'validation.unknownField' });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const createUnitSchema = z.strictObject(
  {
    organizationCode: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
    name: unitName(),
    kind: z.enum(UNIT_KINDS, { error: 'validation.invalid' }),
  },
  { error: 'validation.unknownField' },
);
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.strictObject({ name: unitName() }, { error: 'validation.unknownField' });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const auditQuerySchema = z.object({
  organization: z.string().max(20).optional(),
  user: z.string().max(100).optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
