// What a user has typed but not yet saved, kept in the tab's sessionStorage: a session that runs
// out while a form is half filled (the manager was called away), a reload or a crash of the page
// must not lose it. sessionStorage ends with the tab, so figures do not linger on a shared
// computer; the logout button clears them at once.

const PREFIX = 'lagesbild.draft.';

/** One key per user and thing being edited, so another user in the same tab never sees it. */
export function draftKey(username: string, ...parts: string[]): string {
  return [PREFIX + username, ...parts].join(':');
}

export function readDraft<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const stored = sessionStorage.getItem(key);
    if (stored === null) return null;
    const value: unknown = JSON.parse(stored);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, only without this safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}

export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}
