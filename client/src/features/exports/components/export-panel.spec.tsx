import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from './export-panel';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ExportPanel', () => {
  it('says in Swedish when too many downloads are running, and how long to wait', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ statusCode: 429, message: 'Många nedladdningar pågår just nu.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '10' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    render(<ExportPanel region="20" today="2026-11-23" />);
    await userEvent.click(screen.getByRole('link', { name: 'Rapporter som CSV' }));
    expect(await screen.findByText('Många laddar ner filer just nu. Försök igen om 10 sekunder.')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/regions/20/export/reports.csv?from=2026-10-25&to=2026-11-23', {
      credentials: 'same-origin',
    });
  });

  it('hands a fetched file to the browser under the server’s file name', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response('datum;kommunkod\n', {
            status: 200,
            headers: { 'Content-Disposition': 'attachment; filename="lagesbild-20-a--b-floden.csv"' },
          }),
        ),
      ),
    );
    // jsdom has no object URLs: lend it two for this test.
    const createObjectURL = vi.fn(() => 'blob:file');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<ExportPanel region="20" today="2026-11-23" />);
    await userEvent.click(screen.getByRole('link', { name: 'Flöden som CSV' }));
    await vi.waitFor(() => expect(clicked).toEqual(['lagesbild-20-a--b-floden.csv']));
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });
});
