import type { Meeting } from '@lagesbild/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flowRow, meeting as baseMeeting, organization, report, situation, unit } from '../../../test/factories';
import { Stage } from './stage';

const falun = (occupied: number, staffing: 'normal' | 'critical' = 'normal') =>
  organization({
    code: '2080',
    name: 'Falun',
    units: [unit({ report: report({ capacity: 34, occupied, staffing }) })],
    flows: flowRow({ readyForDischarge: 4 }),
  });
const orsa = organization({
  code: '2034',
  name: 'Orsa',
  units: [unit({ id: 'orsa', name: 'Orsa' })],
  lastReportedAt: '2025-11-21T08:00:00Z',
});

const meeting = (overrides: Partial<Meeting> = {}): Meeting =>
  baseMeeting({
    participants: ['2034', '2080'],
    snapshot: situation([orsa, falun(29)]),
    previousSnapshot: situation([orsa, falun(27)], { date: '2025-11-17' }),
    ...overrides,
  });

describe('Stage', () => {
  it('the overview shows the frozen figures, the change since the previous meeting, and a live change beside the frozen value', () => {
    const live = situation([orsa, falun(33, 'critical')], { seq: 12 });
    render(<Stage meeting={meeting()} step={null} live={live} history={undefined} />);
    const row = screen.getByTestId('board-2080');
    expect(row.textContent).toContain('29 av 34');
    expect(within(row).getByTestId('live-2080-occupied').textContent).toBe('Ändrat under mötet: 33');
    expect(within(row).getByTestId('live-2080-staffing').textContent).toContain('Kritisk');
    expect(row.textContent).toContain('+2');
    expect(screen.getByTestId('board-2034').textContent).toContain('Ej rapporterat');
    expect(screen.queryByTestId('live-2034-occupied')).toBeNull();
  });

  it('a closed meeting shows only what was frozen', () => {
    const live = situation([orsa, falun(33)], { seq: 12 });
    render(<Stage meeting={meeting({ status: 'closed' })} step={null} live={live} history={undefined} />);
    expect(screen.queryByTestId('live-2080-occupied')).toBeNull();
  });

  it('one organisation’s turn: tiles with the change since last time and the new value in words', () => {
    const live = situation([orsa, falun(33)], { seq: 12 });
    render(<Stage meeting={meeting()} step={1} live={live} history={undefined} />);
    const step = screen.getByTestId('step-2080');
    expect(within(step).getByRole('heading', { level: 2 }).textContent).toBe('Falun');
    expect(within(step).getByTestId('tile-occupied-value').textContent).toBe('29');
    expect(within(step).getByTestId('tile-occupied').textContent).toContain('+2 sedan förra mötet');
    expect(within(step).getByTestId('tile-occupied-live').textContent).toBe('Ändrat under mötet: nu 33 av 34');
    expect(within(step).getByText('Ändrat under mötet', { selector: '.badge span' })).toBeTruthy();
  });

  it('a silent municipality is "not reported", never zero', () => {
    render(<Stage meeting={meeting()} step={0} live={null} history={undefined} />);
    const step = screen.getByTestId('step-2034');
    expect(step.textContent).toContain('Ej rapporterat');
    expect(within(step).getByTestId('tile-occupied-value').textContent).toBe('–');
  });
});
