/**
 * Unsaved edits of one CV, kept in the browser so a reload or an expired session loses nothing: as
 * a merge patch of the version they started from, so they can be applied again on top of a newer one.
 */
export interface LocalDraft {
  /** The document version the edits started from. */
  baseVersion: number;
  /** RFC 7396 merge patch from that version's document to the edited one. */
  patch: Record<string, unknown>;
  savedAt: string;
}

const PREFIX = 'r2w-site:draft:';

export function loadDraft(cvId: string): LocalDraft | undefined {
  try {
    const text = localStorage.getItem(PREFIX + cvId);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    if (typeof draft.baseVersion !== 'number' || typeof draft.patch !== 'object' || draft.patch === null) {
      return undefined;
    }
    return draft as LocalDraft;
  } catch {
    return undefined;
  }
}

/** Whether the draft was kept (storage can be full or switched off). */
export function saveDraft(cvId: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(PREFIX + cvId, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(cvId: string): void {
  try {
    localStorage.removeItem(PREFIX + cvId);
  } catch {
    // nothing was kept
  }
}

/** Signing out on a shared computer must not leave anyone's CV behind in it. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // nothing was kept
  }
}
