export { createResume2WebsiteClient, type Resume2WebsiteClient, type Resume2WebsiteClientOptions } from './client.js';
export { isProblem, problemSlug, type Problem } from './problem.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { CvData, Cv, Extraction, Portfolio, Payment, Session, Tenant, Theme, User } from './schemas.js';
