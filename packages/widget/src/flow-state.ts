/** The widget's steps, in order. `progress` belongs to upload and `pay` to publish in the stepper. */
export type Step = 'upload' | 'progress' | 'review' | 'theme' | 'preview' | 'pay' | 'done';

/** What a reload needs to resume: ids and the step, never personal data. */
export interface FlowState {
  token?: string;
  cvId?: string;
  extractionId?: string;
  portfolioId?: string;
  theme?: string;
  step: Step;
}

export const STEPS: readonly Step[] = ['upload', 'progress', 'review', 'theme', 'preview', 'pay', 'done'];
