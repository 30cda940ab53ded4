import { loginSchema } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { useLogin } from '../api/auth-api';

function failureMessage(error: unknown, t: TFunction): string {
  if (isApiError(error, 401)) return t('login.badCredentials');
  if (isApiError(error, 429)) {
    return t('login.tooManyAttempts', { count: Math.ceil((error.body?.retryAfterSeconds ?? 60) / 60) });
  }
  return t('errors.network');
}

export function LoginForm({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = loginSchema.safeParse({ username, password });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      setMissing({ username: fields.has('username'), password: fields.has('password') });
      return;
    }
    setMissing({});
    login.mutate(parsed.data, { onSuccess: onLoggedIn });
  }

  const failed = login.isError ? failureMessage(login.error, t) : null;

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      {failed ? (
        <p className="form-error" role="alert">
          {failed}
        </p>
      ) : null}
      <LoginField
        name="username"
        label={t('login.username')}
        value={username}
        onChange={setUsername}
        missing={missing.username}
        autoComplete="username"
      />
      <LoginField
        name="password"
        label={t('login.password')}
        value={password}
        onChange={setPassword}
        missing={missing.password}
        autoComplete="current-password"
        type="password"
      />
      <button type="submit" className="button button--primary button--wide" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

/** One of the two login fields, with its own "required" message wired for screen readers. */
function LoginField({
  name,
  label,
  value,
  onChange,
  missing,
  autoComplete,
  type = 'text',
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  missing: boolean | undefined;
  autoComplete: string;
  type?: 'text' | 'password';
}) {
  const { t } = useTranslation();
  const id = `login-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
      />
      {missing ? (
        <p id={`${id}-error`} className="field__error">
          {t('validation.required')}
        </p>
      ) : null}
    </div>
  );
}
