import type { StoredFlowRow } from '@lagesbild/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowMunicipality } from '../hooks/use-flows-form';
import { FlowsForm } from './flows-form';

const DATE = '2025-11-24';

function stored(municipalityCode: string, overrides: Partial<StoredFlowRow> = {}): StoredFlowRow {
  return {
    municipalityCode,
    date: '2025-11-23',
    inpatients: 50,
    admissions: 9,
    discharges: 8,
    dischargesHome: 5,
    dischargesShortTerm: 2,
    dischargesNursingHome: 1,
    dischargesOther: 0,
    readyForDischarge: 4,
    readmissions: null,
    version: 1,
    updatedAt: '2025-11-23T08:15:00.000Z',
    updatedBy: 'region-dalarna',
    ...overrides,
  };
}

const MUNICIPALITIES: FlowMunicipality[] = [
  { code: '2080', name: 'Falun', today: null, last: stored('2080') },
  { code: '2081', name: 'Borlänge', today: null, last: stored('2081') },
  { code: '2082', name: 'Säter', today: null, last: null },
];

type Answer = { status: number; body: unknown };

/** Answers each PUT in turn with the next answer (the last one repeats). */
function mockFetch(...answers: Answer[]): { body: { rows: Record<string, unknown>[] } }[] {
  const calls: { body: { rows: Record<string, unknown>[] } }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      calls.push({ body: JSON.parse(init.body as string) as { rows: Record<string, unknown>[] } });
      const { status, body } = answers[Math.min(calls.length, answers.length) - 1] as Answer;
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    }),
  );
  return calls;
}

const input = (name: string) => screen.getByRole('textbox', { name });

describe('FlowsForm', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('prefills the latest rows, leaves a municipality without figures out of the save, and names each box by row and column', async () => {
    const calls = mockFetch({
      status: 200,
      body: { region: '20', date: DATE, rows: [stored('2080', { date: DATE, updatedAt: '2025-11-24T09:42:00.000Z' })] },
    });
    render(<FlowsForm region="20" date={DATE} municipalities={MUNICIPALITIES} />);
    expect(input('Falun Utskrivningsklara')).toHaveProperty('value', '4');
    expect(input('Säter Inneliggande')).toHaveProperty('value', '');
    expect(screen.getByTestId('flows-row-2080').textContent).toContain('Ifyllt från');

    await userEvent.click(screen.getByRole('button', { name: 'Spara flödena' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls[0]?.body.rows.map((row) => row.municipalityCode)).toEqual(['2080', '2081']);
    // No row was stored for the day when the table was read: each row says so (expectedVersion 0).
    expect(calls[0]?.body.rows[0]).toMatchObject({ inpatients: 50, readyForDischarge: 4, dischargesHome: 5, expectedVersion: 0 });
  });

  it('sends the version each row was read at, and on a 409 shows what a colleague saved and lets the user keep theirs', async () => {
    const falunToday = stored('2080', { date: DATE, version: 2 });
    const theirs = stored('2080', {
      date: DATE,
      version: 3,
      readyForDischarge: 9,
      updatedBy: 'anna',
      updatedAt: '2025-11-24T09:40:00.000Z',
    });
    const calls = mockFetch(
      { status: 409, body: { statusCode: 409, message: 'Någon annan har sparat.', current: [theirs] } },
      {
        status: 200,
        body: { region: '20', date: DATE, rows: [{ ...theirs, version: 4, updatedAt: '2025-11-24T09:42:00.000Z' }] },
      },
    );
    render(
      <FlowsForm
        region="20"
        date={DATE}
        municipalities={[{ code: '2080', name: 'Falun', today: falunToday, last: falunToday }]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara flödena' }));
    const conflict = await screen.findByTestId('conflict');
    expect(calls[0]?.body.rows[0]).toMatchObject({ municipalityCode: '2080', expectedVersion: 2 });
    expect(conflict.textContent).toContain('anna sparade Falun kl. 10:40');
    expect(conflict.textContent).toContain('Utskrivningsklara9');
    expect(screen.getByTestId('save-status').textContent).toContain('Inget har sparats');

    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    await screen.findByText('Sparat kl. 10:42');
    expect(calls[1]?.body.rows[0]).toMatchObject({ municipalityCode: '2080', readyForDischarge: 4, expectedVersion: 3 });
    expect(screen.queryByTestId('conflict')).toBeNull();
  });

  it('on a 409 can take the colleague’s values instead', async () => {
    const theirs = stored('2081', { date: DATE, version: 1, inpatients: 61 });
    mockFetch({ status: 409, body: { statusCode: 409, message: 'Någon annan har sparat.', current: [theirs] } });
    render(<FlowsForm region="20" date={DATE} municipalities={MUNICIPALITIES} />);
    await userEvent.click(screen.getByRole('button', { name: 'Spara flödena' }));
    await userEvent.click(within(await screen.findByTestId('conflict')).getByRole('button', { name: 'Använd deras värden' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    expect(input('Borlänge Inneliggande')).toHaveProperty('value', '61');
  });

  it('spreads a pasted block of spreadsheet cells over rows and columns from the box pasted into', () => {
    render(<FlowsForm region="20" date={DATE} municipalities={MUNICIPALITIES} />);
    const data = { getData: () => '70\t80\r\n90\t100\r\n110\t120\r\n' };
    fireEvent.paste(input('Borlänge Inskrivna'), { clipboardData: data });
    expect(input('Borlänge Inskrivna')).toHaveProperty('value', '70');
    expect(input('Borlänge Utskrivna hem')).toHaveProperty('value', '80');
    expect(input('Säter Inskrivna')).toHaveProperty('value', '90');
    expect(input('Säter Utskrivna hem')).toHaveProperty('value', '100');
    // The row above, and the columns left and right of the block, keep their values; the line
    // past the last municipality is dropped.
    expect(input('Falun Inskrivna')).toHaveProperty('value', '9');
    expect(input('Borlänge Inneliggande')).toHaveProperty('value', '50');
    expect(input('Borlänge Utskrivna till korttids')).toHaveProperty('value', '2');
  });

  it('shows a 400 from the server at the municipality’s own box', async () => {
    mockFetch({
      status: 400,
      body: {
        statusCode: 400,
        message: 'Ogiltiga uppgifter.',
        errors: { 'rows.1.readyForDischarge': ['För stort tal.'] },
        codes: { 'rows.1.readyForDischarge': ['validation.tooLarge'] },
      },
    });
    render(<FlowsForm region="20" date={DATE} municipalities={MUNICIPALITIES} />);
    await userEvent.click(screen.getByRole('button', { name: 'Spara flödena' }));
    await screen.findByText('Inget har sparats. Rätta de markerade rutorna.');
    expect(input('Borlänge Utskrivningsklara').getAttribute('aria-invalid')).toBe('true');
    expect(input('Falun Utskrivningsklara').getAttribute('aria-invalid')).toBeNull();
  });
});
