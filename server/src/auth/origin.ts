type Headers = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * True when the request carries no Origin (not a browser, or a same-origin GET) or an Origin
 * whose host is the one the request was sent to, or one explicitly allowed.
 */
export function isSameOrigin(headers: Headers, allowedOrigins: readonly string[]): boolean {
  const origin = first(headers.origin);
  if (origin === undefined || origin === '') return true;
  // Sandboxed frames and file: pages send the literal "null": never our own page.
  if (origin === 'null') return false;
  if (allowedOrigins.includes(origin)) return true;
  const host = first(headers['x-forwarded-host']) ?? first(headers.host);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
