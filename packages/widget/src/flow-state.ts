/** The widget's steps, in order. `progress` belongs to upload and `pay` to publish in the stepper. */
export type Step = 'upload' | 'progress' | 'review' | 'theme' | 'preview' | 'pay' | 'done';

/**
 * The ids a reload needs to resume (never personal data). One list, so what is saved and what is
 * read back cannot drift apart. `checkoutSessionId` lets a reload ask how the checkout ended.
 */
export const FLOW_IDS = ['token', 'cvId', 'extractionId', 'portfolioId', 'checkoutSessionId', 'theme'] as const;

/** What a reload needs to resume: ids and the step. */
export type FlowState = { step: Step } & Partial<Record<(typeof FLOW_IDS)[number], string>>;

export const STEPS: readonly Step[] = ['upload', 'progress', 'review', 'theme', 'preview', 'pay', 'done'];
