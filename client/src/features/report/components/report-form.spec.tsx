import type { Report } from '@lagesbild/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { report } from '../../../test/factories';
import type { FormUnit } from '../hooks/use-report-form';
import { ReportForm } from './report-form';

const DATE = '2025-11-24';

function lunden(overrides: Partial<FormUnit> = {}): FormUnit {
  return { id: 'u1', name: 'Lunden', report: null, lastReport: report({ date: '2025-11-23' }), recent: [], ...overrides };
}

type Call = { url: string; body: Record<string, unknown> };

function mockFetch(answer: (call: Call) => { status: number; body: unknown }): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      const call = { url, body: JSON.parse(init.body as string) as Record<string, unknown> };
      calls.push(call);
      const { status, body } = answer(call);
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    }),
  );
  return calls;
}

function saved(overrides: Partial<Report> = {}) {
  return { ...report({ date: DATE, updatedAt: '2025-11-24T09:42:00.000Z' }), outliers: [], ...overrides };
}

describe('ReportForm', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prefills yesterday’s values and saves every unit with one button', async () => {
    const calls = mockFetch(() => ({ status: 200, body: saved() }));
    const onSaved = vi.fn();
    render(<ReportForm units={[lunden()]} date={DATE} onSaved={onSaved} />);
    expect(screen.getByLabelText('Disponibla platser')).toHaveProperty('value', '34');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/units/u1/reports/2025-11-24');
    expect(calls[0]?.body).toMatchObject({ capacity: 34, occupied: 30, staffing: 'normal' });
    expect(calls[0]?.body).not.toHaveProperty('expectedVersion');
    expect(onSaved).toHaveBeenCalled();
  });

  it('shows the Swedish message next to a bad value and saves nothing', async () => {
    const calls = mockFetch(() => ({ status: 200, body: saved() }));
    render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} />);
    const occupied = screen.getByLabelText('Belagda platser');
    await userEvent.clear(occupied);
    await userEvent.type(occupied, '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findAllByText('Ange ett heltal, 0 eller större.')).not.toHaveLength(0);
    expect(occupied.getAttribute('aria-invalid')).toBe('true');
    expect(occupied.getAttribute('aria-describedby')).toContain('u-u1-occupied-error');
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
    expect(calls).toHaveLength(0);
  });

  it('asks before saving a figure far outside the unit’s recent range', async () => {
    const calls = mockFetch(() => ({ status: 200, body: saved({ occupied: 140 }) }));
    const recent = [28, 30, 29, 31].map((occupied) => ({ capacity: 34, occupied }));
    render(<ReportForm units={[lunden({ recent })]} date={DATE} onSaved={vi.fn()} />);
    const occupied = screen.getByLabelText('Belagda platser');
    await userEvent.clear(occupied);
    await userEvent.type(occupied, '140');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const question = await screen.findByTestId('outlier-question');
    expect(question.textContent).toContain('Belagda platser: 140');
    expect(calls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, spara ändå' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls[0]?.body).toMatchObject({ occupied: 140 });
  });

  it('on a 409 shows what someone else saved and lets the user keep their own values', async () => {
    const theirs = report({
      date: DATE,
      version: 3,
      occupied: 25,
      updatedBy: 'falun-chef',
      updatedAt: '2025-11-24T09:40:00.000Z',
    });
    let first = true;
    const calls = mockFetch(() => {
      if (first) {
        first = false;
        return { status: 409, body: { statusCode: 409, message: 'Conflict', current: theirs } };
      }
      return { status: 200, body: saved({ version: 4 }) };
    });
    render(<ReportForm units={[lunden({ report: report({ date: DATE, version: 2 }) })]} date={DATE} onSaved={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const conflict = await screen.findByTestId('conflict');
    expect(conflict.textContent).toContain('falun-chef sparade den här enheten kl. 10:40');
    expect(calls[0]?.body.expectedVersion).toBe(2);
    await userEvent.click(within(conflict).getByRole('button', { name: 'Spara mina värden ändå' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls[1]?.body).toMatchObject({ expectedVersion: 3, occupied: 30 });
  });

  it('on a 409 can take the other person’s values instead', async () => {
    const theirs = report({ date: DATE, version: 3, occupied: 25 });
    mockFetch(() => ({ status: 409, body: { statusCode: 409, message: 'Conflict', current: theirs } }));
    render(<ReportForm units={[lunden({ report: report({ date: DATE, version: 2 }) })]} date={DATE} onSaved={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await userEvent.click(within(await screen.findByTestId('conflict')).getByRole('button', { name: 'Använd deras värden' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    expect(screen.getByLabelText('Belagda platser')).toHaveProperty('value', '25');
  });
});
