import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from './login-form';

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))),
  );
}

async function logIn(): Promise<void> {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <LoginForm onLoggedIn={() => undefined} />
    </QueryClientProvider>,
  );
  await userEvent.type(screen.getByLabelText('Användarnamn'), 'falun');
  await userEvent.type(screen.getByLabelText('Lösenord'), 'fel');
  await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('LoginForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says how long to wait when the lockout answers 429, not that the network failed', async () => {
    answer(429, { statusCode: 429, message: 'För många inloggningsförsök.', retryAfterSeconds: 150 });
    await logIn();
    expect((await screen.findByRole('alert')).textContent).toBe('För många inloggningsförsök. Försök igen om 3 minuter.');
  });

  it('answers a wrong password without saying whether the user exists', async () => {
    answer(401, { statusCode: 401, message: 'Fel användarnamn eller lösenord.' });
    await logIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Fel användarnamn eller lösenord.');
  });
});
