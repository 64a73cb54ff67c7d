import type { components } from '@resume2website/sdk';
import { contentDisposition } from '../http/content-disposition.js';
import { readUploadedFile } from '../http/multipart-upload.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import type { CvService } from '../services/cv-service.js';
import { toApiCv, toApiCvDocument, toApiExtraction } from './cv-representation.js';

type Schemas = components['schemas'];

export interface CvRoutesDeps {
  cvs: CvService;
  maxUploadBytes: number;
  toJsonResume: (data: unknown) => unknown;
  /** Rules JSON Schema cannot state (date order, …) over the whole body; returns its normalised `data`. */
  validateUserCvData: (data: unknown) => unknown;
}

export function cvRoutes(deps: CvRoutesDeps): OperationHandlers {
  const { cvs } = deps;
  return {
    async uploadCv(ctx) {
      const file = await readUploadedFile(ctx, deps.maxUploadBytes);
      const { cv, extraction } = await cvs.upload(ctx.state.auth!, file);
      ctx.status = 202;
      ctx.set('Location', `/api/v1/cvs/${cv.id}`);
      ctx.body = toApiCv(cv, extraction);
    },
    async listCvs(ctx, { query }) {
      const page = await cvs.list(
        ctx.state.auth!,
        (query.limit as number | undefined) ?? 20,
        query.cursor as string | undefined,
      );
      const body: Schemas['CvList'] = {
        items: page.items.map(({ cv, latest }) => toApiCv(cv, latest)),
        next_cursor: page.nextCursor,
      };
      ctx.body = body;
    },
    async getCv(ctx, { params }) {
      const { cv, latest } = await cvs.get(ctx.state.auth!, params.cv_id!);
      ctx.body = toApiCv(cv, latest);
    },
    async deleteCv(ctx, { params }) {
      await cvs.delete(ctx.state.auth!, params.cv_id!);
      ctx.status = 204;
    },
    async getCvFile(ctx, { params }) {
      const { cv, body } = await cvs.file(ctx.state.auth!, params.cv_id!);
      ctx.set('Content-Disposition', contentDisposition(cv.originalFilename));
      ctx.set('Cache-Control', 'private, no-store');
      ctx.type = cv.contentType;
      ctx.length = cv.sizeBytes;
      ctx.body = body;
    },
    async getCvData(ctx, { params, query }) {
      const version = await cvs.currentData(ctx.state.auth!, params.cv_id!);
      ctx.set('Cache-Control', 'private, no-cache');
      ctx.set('ETag', `"v${version.version}"`);
      ctx.body = query.format === 'jsonresume' ? deps.toJsonResume(version.data) : toApiCvDocument(version);
    },
    async updateCvData(ctx, { params, body }) {
      const update = body as Schemas['CvDataUpdate'];
      const data = deps.validateUserCvData(update);
      const saved = await cvs.replaceData(ctx.state.auth!, params.cv_id!, data, update.base_version);
      ctx.set('ETag', `"v${saved.version}"`);
      ctx.body = toApiCvDocument(saved);
    },
    async createExtraction(ctx, { params, body }) {
      const force = (body as Schemas['CreateExtractionRequest'] | undefined)?.force ?? false;
      const extraction = await cvs.extractAgain(ctx.state.auth!, params.cv_id!, force);
      ctx.status = 202;
      ctx.body = toApiExtraction(extraction);
    },
    async getExtraction(ctx, { params }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = toApiExtraction(await cvs.extraction(ctx.state.auth!, params.extraction_id!));
    },
  };
}
