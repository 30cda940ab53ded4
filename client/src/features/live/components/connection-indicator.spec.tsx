import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectionIndicator } from './connection-indicator';

describe('ConnectionIndicator', () => {
  it('says in words whether the picture is live, and how old it is', () => {
    const now = Date.now();
    const { rerender } = render(<ConnectionIndicator status="live" disconnectedAt={null} syncedAt={now} />);
    expect(screen.getByTestId('connection').textContent).toMatch(/^Live\s*Uppdaterad \d\d:\d\d$/);

    const since = new Date('2025-11-24T09:42:00Z').getTime();
    rerender(<ConnectionIndicator status="offline" disconnectedAt={since} syncedAt={now - 5 * 60_000} />);
    expect(screen.getByTestId('connection').textContent).toContain('Frånkopplad sedan 10:42');
    expect(screen.getByTestId('connection').textContent).toMatch(/Data från \d\d:\d\d \(5 minuter gammal\)/);
  });
});
