import type { ApiErrorBody } from '@lagesbild/shared';
import { ApiError } from '../../../lib/api-client';
import { markSessionActivity, notifySessionEnded } from '../../../lib/session-clock';

/** A file the server refused, with how long it asked to wait (429 Retry-After), in seconds. */
export class DownloadRefused extends ApiError {
  constructor(
    status: number,
    body: ApiErrorBody | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, body);
  }
}

/** The name in `Content-Disposition: attachment; filename="…"`. */
export function attachmentName(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}

/**
 * Fetches a download, so that a refusal (too many downloads at once, a bad period) can be shown in
 * the page instead of ending as a broken file, then hands it to the browser to save.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    if (response.status === 401) notifySessionEnded('expired');
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    throw new DownloadRefused(response.status, body, Number.isFinite(retryAfter) ? retryAfter : null);
  }
  markSessionActivity();
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = attachmentName(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click has returned: let it go a good while later.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
