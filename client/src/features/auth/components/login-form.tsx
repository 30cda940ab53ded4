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
      <div className="field">
        <label htmlFor="login-username">{t('login.username')}</label>
        <input
          id="login-username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={missing.username || undefined}
          aria-describedby={missing.username ? 'login-username-error' : undefined}
        />
        {missing.username ? (
          <p id="login-username-error" className="field__error">
            {t('validation.required')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="login-password">{t('login.password')}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={missing.password || undefined}
          aria-describedby={missing.password ? 'login-password-error' : undefined}
        />
        {missing.password ? (
          <p id="login-password-error" className="field__error">
            {t('validation.required')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary button--wide" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
