import type { Report } from '@lagesbild/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { report } from '../../../test/factories';
import type { FormUnit } from '../hooks/use-report-form';
import { ReportForm } from './report-form';

const DATE = '2025-11-24';

function lunden(overrides: Partial<FormUnit> = {}): FormUnit {
  return {
    id: 'u1',
    name: 'Lunden',
    kind: 'short_term',
    report: null,
    lastReport: report({ date: '2025-11-23' }),
    recent: [],
    ...overrides,
  };
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
    // Nothing was stored for the day when the form opened: the save says so (expectedVersion 0), so a
    // colleague's first report made meanwhile is a 409, not overwritten.
    expect(calls[0]?.body).toMatchObject({ capacity: 34, occupied: 30, staffing: 'normal', expectedVersion: 0 });
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

describe('ReportForm drafts: what was typed survives the page going away', () => {
  const KEY = 'lagesbild.draft.falun:report:2080:2025-11-24';
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stores nothing for a form only opened', () => {
    render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('brings back unsaved input with a notice, and forgets it once everything is saved', async () => {
    const first = render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    const occupied = screen.getByLabelText('Belagda platser');
    await userEvent.clear(occupied);
    await userEvent.type(occupied, '31');
    await userEvent.type(screen.getByLabelText(/^Kommentar/), 'Två väntar på SÄBO.');
    first.unmount(); // the session ran out: the app went to the login page

    render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    expect(screen.getByTestId('draft-restored').textContent).toContain('inte hann spara');
    expect(screen.getByLabelText('Belagda platser')).toHaveProperty('value', '31');
    expect(screen.getByLabelText(/^Kommentar/)).toHaveProperty('value', 'Två väntar på SÄBO.');

    const calls = mockFetch(() => ({ status: 200, body: saved({ occupied: 31 }) }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls[0]?.body).toMatchObject({ occupied: 31, comment: 'Två väntar på SÄBO.' });
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the version the draft was typed against, so a save made meanwhile gives a 409, not an overwrite', async () => {
    const mine = render(
      <ReportForm
        units={[lunden({ report: report({ date: DATE, version: 2 }) })]}
        date={DATE}
        onSaved={vi.fn()}
        draftKey={KEY}
      />,
    );
    await userEvent.clear(screen.getByLabelText('Belagda platser'));
    await userEvent.type(screen.getByLabelText('Belagda platser'), '33');
    mine.unmount();

    // Someone else saved version 3 in between; the form comes back with it underneath.
    const calls = mockFetch(() => ({
      status: 409,
      body: { statusCode: 409, message: 'Konflikt', current: report({ date: DATE, version: 3 }) },
    }));
    render(
      <ReportForm
        units={[lunden({ report: report({ date: DATE, version: 3 }) })]}
        date={DATE}
        onSaved={vi.fn()}
        draftKey={KEY}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByRole('button', { name: 'Använd deras värden' });
    expect(calls[0]?.body).toMatchObject({ occupied: 33, expectedVersion: 2 });
  });

  it('can discard the draft and show what is saved', async () => {
    const first = render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    await userEvent.clear(screen.getByLabelText('Belagda platser'));
    await userEvent.type(screen.getByLabelText('Belagda platser'), '12');
    first.unmount();

    render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    await userEvent.click(screen.getByRole('button', { name: 'Släng dem och visa det som är sparat' }));
    expect(screen.getByLabelText('Belagda platser')).toHaveProperty('value', '30');
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('ignores a stored draft that is not one (an older shape, or tampered with)', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ units: { u1: { state: { capacity: 5 } } } }));
    render(<ReportForm units={[lunden()]} date={DATE} onSaved={vi.fn()} draftKey={KEY} />);
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    expect(screen.getByLabelText('Disponibla platser')).toHaveProperty('value', '34');
  });
});
