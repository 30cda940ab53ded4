import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { organization, report, unit } from '../../../test/factories';
import { buildMunicipalityRows } from '../utils/municipality-rows';
import { MunicipalityTable } from './municipality-table';

const rows = buildMunicipalityRows(
  [
    organization({
      code: '2080',
      name: 'Falun',
      units: [unit({ report: report({ capacity: 34, occupied: 30 }) })],
      lastReportedAt: '2025-11-24T07:30:00Z',
    }),
    organization({ code: '2034', name: 'Orsa', units: [unit()], lastReportedAt: '2025-11-22T07:24:00Z' }),
    organization({
      code: '2084',
      name: 'Avesta',
      units: [unit({ report: report({ capacity: 14, occupied: 15, staffing: 'critical' }) })],
      lastReportedAt: '2025-11-24T06:32:00Z',
    }),
  ],
  '2025-11-24',
  new Date('2025-11-24T11:00:00Z'),
  ['10:00'],
);

function renderTable(changed: Set<string> = new Set()) {
  return render(
    <MemoryRouter>
      <MunicipalityTable region="20" rows={rows} scale="absolute" changed={changed} />
    </MemoryRouter>,
  );
}

function names(): string[] {
  return screen.getAllByRole('rowheader').map((cell) => within(cell).getByRole('link').textContent ?? '');
}

describe('MunicipalityTable', () => {
  it('orders by pressure and tells each state in words', () => {
    renderTable();
    expect(names()).toEqual(['Avesta', 'Orsa', 'Falun']);
    const orsa = screen.getByTestId('row-2034');
    expect(orsa.textContent).toContain('Ej rapporterat');
    expect(orsa.textContent).toContain('För 2 dagar sedan');
    expect(orsa.textContent).toContain('Försenad');
    expect(screen.getByTestId('row-2084').textContent).toContain('Kritiskt');
  });

  it('sorts by a column from the keyboard and says how', async () => {
    renderTable();
    const button = screen.getByRole('button', { name: /^Kommun/ });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(names()).toEqual(['Avesta', 'Falun', 'Orsa']);
    expect(button.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('marks a row that just changed, in words too', () => {
    renderTable(new Set(['2080']));
    expect(screen.getByTestId('row-2080').textContent).toContain('Nyss uppdaterad');
  });
});
