import type { CvData } from '@resume2website/sdk';

/** Unsaved edits of one CV, kept in the browser so a reload or an expired session loses nothing. */
export interface LocalDraft {
  /** The document version the edits started from. */
  baseVersion: number;
  data: CvData;
  savedAt: string;
}

const PREFIX = 'r2w-site:draft:';

export function loadDraft(cvId: string): LocalDraft | undefined {
  try {
    const text = localStorage.getItem(PREFIX + cvId);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    if (typeof draft.baseVersion !== 'number' || typeof draft.data !== 'object' || draft.data === null) {
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
