import { z } from 'zod';

/** An e-mail address as users and admins type it: trimmed, at most 254 characters (RFC 5321). */
export const emailAddress = () =>
  z
    .string({ error: 'validation.email' })
    .trim()
    .max(254, { error: 'validation.email' })
    .pipe(z.email({ error: 'validation.email' }));

/** "Mitt konto": a new address, which takes effect when the link mailed to it is opened. */
export const changeEmailSchema = z.strictObject({ email: emailAddress() }, { error: 'validation.unknownField' });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const confirmEmailSchema = z.strictObject(
  {
    token: z
      .string({ error: 'validation.emailToken' })
      .min(1, { error: 'validation.emailToken' })
      .max(200, { error: 'validation.emailToken' }),
  },
  { error: 'validation.unknownField' },
);
export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;

export const accountSettingsSchema = z.strictObject(
  { emailReminders: z.boolean({ error: 'validation.invalid' }) },
  { error: 'validation.unknownField' },
);
export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;
