import type { components } from '@resume2website/sdk';
import { ProblemError, type ProblemFieldError } from '../domain/problem.js';
import { contentDisposition } from '../http/content-disposition.js';
import { readUploadedFile } from '../http/multipart-upload.js';
import { requireAuth, type OperationHandlers } from '../http/openapi-dispatcher.js';
import type { CvService } from '../services/cv-service.js';
import { CvDocumentBodies } from './cv-document-bodies.js';
import { toApiCv, toApiCvDocument, toApiExtraction } from './cv-representation.js';
import { DEFAULT_PAGE_SIZE } from './paging.js';

type Schemas = components['schemas'];

export interface CvRoutesDeps {
  cvs: CvService;
  maxUploadBytes: number;
  toJsonResume: (data: unknown) => Schemas['JsonResume'];
  /** Rules JSON Schema cannot state (date order, …) over the whole body; returns its normalised `data`. */
  validateUserCvData: (data: unknown) => unknown;
  /** `updateCvData`'s body schema (the dispatcher checks PUT bodies with it; a patched document must pass it too). */
  validateCvDataUpdate: (body: unknown) => ProblemFieldError[];
}

export function cvRoutes(deps: CvRoutesDeps): OperationHandlers {
  const { cvs } = deps;
  const documentBodies = new CvDocumentBodies();
  return {
    async uploadCv(ctx) {
      const file = await readUploadedFile(ctx, deps.maxUploadBytes);
      const { cv, extraction } = await cvs.upload(requireAuth(ctx), file, ctx.state.requestKey);
      ctx.status = 202;
      ctx.set('Location', `/api/v1/cvs/${cv.id}`);
      ctx.body = toApiCv(cv, extraction);
    },
    async listCvs(ctx, { query }) {
      const page = await cvs.list(requireAuth(ctx), query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
      const body: Schemas['CvList'] = {
        items: page.items.map(({ cv, latest }) => toApiCv(cv, latest)),
        next_cursor: page.nextCursor,
      };
      ctx.body = body;
    },
    async getCv(ctx, { params }) {
      const { cv, latest } = await cvs.get(requireAuth(ctx), params.cv_id);
      ctx.body = toApiCv(cv, latest);
    },
    async deleteCv(ctx, { params }) {
      await cvs.delete(requireAuth(ctx), params.cv_id);
      ctx.status = 204;
    },
    async getCvFile(ctx, { params, query }) {
      const { cv, body } = await cvs.file(requireAuth(ctx), params.cv_id);
      const inline = query.disposition === 'inline';
      ctx.set('Content-Disposition', contentDisposition(cv.originalFilename, inline ? 'inline' : 'attachment'));
      if (inline) {
        // The editor frames the file beside the form; nothing of the file's own may run or load.
        ctx.set(
          'Content-Security-Policy',
          "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
        );
        ctx.set('X-Frame-Options', 'SAMEORIGIN');
      }
      ctx.set('Cache-Control', 'private, no-store');
      ctx.type = cv.contentType;
      ctx.length = cv.sizeBytes;
      ctx.body = body;
    },
    async getCvData(ctx, { params, query }) {
      const auth = requireAuth(ctx);
      ctx.set('Cache-Control', 'private, no-cache');
      if (query.format !== 'jsonresume') {
        const current = await cvs.currentVersion(auth, params.cv_id);
        const cached = current === undefined ? undefined : documentBodies.get(params.cv_id, current);
        if (cached !== undefined) {
          ctx.set('ETag', `"v${current}"`);
          ctx.type = 'application/json';
          ctx.body = cached;
          return;
        }
      }
      const version = await cvs.currentData(auth, params.cv_id);
      ctx.set('ETag', `"v${version.version}"`);
      if (query.format === 'jsonresume') {
        const body: Schemas['JsonResume'] = deps.toJsonResume(version.data);
        ctx.body = body;
        return;
      }
      const body: Schemas['CvDocument'] = toApiCvDocument(version);
      ctx.type = 'application/json';
      ctx.body = documentBodies.set(version.cvId, version.version, JSON.stringify(body));
    },
    async updateCvData(ctx, { params, body }) {
      const data = deps.validateUserCvData(body);
      const saved = await cvs.replaceData(requireAuth(ctx), params.cv_id, data, body.base_version);
      ctx.set('ETag', `"v${saved.version}"`);
      ctx.body = toApiCvDocument(saved);
    },
    async patchCvData(ctx, { params, body }) {
      const saved = await cvs.patchData(requireAuth(ctx), params.cv_id, body.data, body.base_version, (data) => {
        // The patched document is checked exactly as a PUT of it would be.
        const replacement = { data };
        const errors = deps.validateCvDataUpdate(replacement);
        if (errors.length) {
          throw new ProblemError('validation-error', 'The patched document does not match the CvData schema.', {
            errors,
          });
        }
        return deps.validateUserCvData(replacement);
      });
      ctx.set('ETag', `"v${saved.version}"`);
      ctx.body = toApiCvDocument(saved);
    },
    async createExtraction(ctx, { params, body }) {
      const extraction = await cvs.extractAgain(requireAuth(ctx), params.cv_id, body?.force ?? false);
      ctx.status = 202;
      ctx.body = toApiExtraction(extraction);
    },
    async getExtraction(ctx, { params }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = toApiExtraction(await cvs.extraction(requireAuth(ctx), params.extraction_id));
    },
  };
}
