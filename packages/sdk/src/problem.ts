import type { components } from './generated/openapi.js';

export type Problem = components['schemas']['Problem'];
export { isProblem, problemSlug } from './errors.js';
