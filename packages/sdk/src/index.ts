export { createResume2WebsiteClient, type Resume2WebsiteClient, type Resume2WebsiteClientOptions } from './client.js';
export { Resume2WebsiteError, isProblem, problemSlug, type Resume2WebsiteErrorInit } from './errors.js';
export type { Problem } from './problem.js';
export { CV_RULES, isCvDate, isCvUrl } from './cv-rules.js';
export {
  Resume2Website,
  type CallOptions,
  type DataWriteOptions,
  type EventsOptions,
  type ExtractionEvent,
  type MergePatch,
  type PostOptions,
  type PublishOptions,
  type Resume2WebsiteOptions,
  type UploadedCv,
  type WaitOptions,
} from './resume2website.js';
export type { Page, Paginated } from './paginate.js';
export type { ByteStream, UploadFileOptions, UploadInput } from './upload.js';
export type { SseMessage } from './sse.js';
export { parseSse } from './sse.js';
export type { FetchLike } from './transport.js';
export type { components, operations, paths } from './generated/openapi.js';
export type {
  CvData,
  Cv,
  CvDocument,
  CurrentUser,
  Extraction,
  JsonResume,
  Portfolio,
  Payment,
  Session,
  Tenant,
  Theme,
  User,
} from './schemas.js';
