import type { Knex } from 'knex';
import type { Cv, CvDataSource, CvDataVersion, Extraction } from '../domain/cv.js';
import { newId } from '../domain/ids.js';
import { newestFirst, toStorePage } from './sql-keyset-page.js';
import type { ExtractionSignals, ExtractionUsage } from '@resume2website/cv-extraction';
import {
  fromDbBool,
  fromDbInt,
  fromDbIntOrNull,
  fromDbJson,
  fromDbTime,
  fromDbTimeOrNull,
  toDbBool,
  toDbJson,
  toDbText,
  toDbTime,
  toDbTimeOrNull,
} from './sql-values.js';
import type { CvStore } from './cv-store.js';
import { deleteReturningOwner } from './sql-delete-returning-owner.js';

function toCv(row: Record<string, unknown>): Cv {
  return {
    id: row.id as string,
    userId: row.user_id as string,
    tenantId: (row.tenant_id as string | null) ?? null,
    originalFilename: row.original_filename as string,
    contentType: row.content_type as string,
    sizeBytes: fromDbInt(row.size_bytes),
    sha256: row.sha256 as string,
    storageKey: row.storage_key as string,
    currentVersion: fromDbIntOrNull(row.current_version),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

function toExtraction(row: Record<string, unknown>): Extraction {
  return {
    id: row.id as string,
    cvId: row.cv_id as string,
    status: row.status as Extraction['status'],
    stage: (row.stage as string | null) ?? null,
    cached: fromDbBool(row.cached),
    forced: fromDbBool(row.forced),
    extractor: row.extractor as string,
    model: (row.model as string | null) ?? null,
    promptVersion: (row.prompt_version as string | null) ?? null,
    cacheKey: (row.cache_key as string | null) ?? null,
    errorCode: (row.error_code as string | null) ?? null,
    errorMessage: (row.error_message as string | null) ?? null,
    durationMs: fromDbIntOrNull(row.duration_ms),
    usage: fromDbJson<ExtractionUsage>(row.usage),
    signals: fromDbJson<ExtractionSignals>(row.signals),
    createdAt: fromDbTime(row.created_at),
    startedAt: fromDbTimeOrNull(row.started_at),
    finishedAt: fromDbTimeOrNull(row.finished_at),
  };
}

function extractionRow(e: Partial<Extraction>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const set = (column: string, value: unknown) => {
    if (value !== undefined) row[column] = value;
  };
  set('id', e.id);
  set('cv_id', e.cvId);
  set('status', e.status);
  set('stage', e.stage);
  set('cached', e.cached === undefined ? undefined : toDbBool(e.cached));
  set('forced', e.forced === undefined ? undefined : toDbBool(e.forced));
  set('extractor', e.extractor);
  set('model', e.model);
  set('prompt_version', e.promptVersion);
  set('cache_key', e.cacheKey);
  set('error_code', e.errorCode);
  set(
    'error_message',
    e.errorMessage === undefined || e.errorMessage === null ? e.errorMessage : toDbText(e.errorMessage),
  );
  set('duration_ms', e.durationMs);
  set('usage', e.usage === undefined ? undefined : e.usage === null ? null : toDbJson(e.usage));
  set('signals', e.signals === undefined ? undefined : e.signals === null ? null : toDbJson(e.signals));
  set('created_at', e.createdAt && toDbTime(e.createdAt));
  set('started_at', e.startedAt === undefined ? undefined : toDbTimeOrNull(e.startedAt));
  set('finished_at', e.finishedAt === undefined ? undefined : toDbTimeOrNull(e.finishedAt));
  return row;
}

function toVersion(row: Record<string, unknown>): CvDataVersion {
  return {
    cvId: row.cv_id as string,
    version: fromDbInt(row.version),
    source: row.source as CvDataSource,
    extractionId: (row.extraction_id as string | null) ?? null,
    data: fromDbJson(row.data),
    createdAt: fromDbTime(row.created_at),
  };
}

export function createSqlCvStore(db: Knex): CvStore {
  const latestExtraction = async (cvId: string): Promise<Extraction | undefined> => {
    const row = await db('extractions')
      .where({ cv_id: cvId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row && toExtraction(row);
  };
  const findForUser = async (userId: string, cvId: string): Promise<Cv | undefined> => {
    const row = await db('cvs').where({ id: cvId, user_id: userId }).first();
    return row && toCv(row);
  };
  return {
    latestExtraction,
    findForUser,
    async createWithExtraction(cv, extraction) {
      await db.transaction(async (trx) => {
        await trx('cvs').insert({
          id: cv.id,
          user_id: cv.userId,
          tenant_id: cv.tenantId,
          original_filename: toDbText(cv.originalFilename),
          content_type: cv.contentType,
          size_bytes: cv.sizeBytes,
          sha256: cv.sha256,
          storage_key: cv.storageKey,
          current_version: cv.currentVersion,
          created_at: toDbTime(cv.createdAt),
          updated_at: toDbTime(cv.updatedAt),
        });
        await trx('extractions').insert(extractionRow(extraction));
      });
    },
    async countForUser(userId) {
      const row = await db('cvs').where({ user_id: userId }).count({ n: '*' }).first();
      return fromDbInt(row?.n ?? 0);
    },
    async listAllForUser(userId) {
      return (await db('cvs').where({ user_id: userId })).map(toCv);
    },
    async findById(cvId) {
      const row = await db('cvs').where({ id: cvId }).first();
      return row && toCv(row);
    },
    async listForUser(userId, page) {
      const rows = await newestFirst(db('cvs').where({ user_id: userId }), page);
      const cvs = toStorePage(rows, page.limit, toCv);
      // One query for the page's extractions, not one per CV; a CV has few (re-extractions).
      const ids = cvs.items.map((cv) => cv.id);
      const extractionRows = ids.length
        ? await db('extractions')
            .whereIn('cv_id', ids)
            .orderBy([
              { column: 'created_at', order: 'desc' },
              { column: 'id', order: 'desc' },
            ])
        : [];
      const latest = new Map<string, Extraction>();
      for (const row of extractionRows)
        if (!latest.has(row.cv_id as string)) latest.set(row.cv_id as string, toExtraction(row));
      return { items: cvs.items.map((cv) => ({ cv, latest: latest.get(cv.id) })), hasMore: cvs.hasMore };
    },
    async findListingForUser(userId, cvId) {
      const cv = await findForUser(userId, cvId);
      return cv && { cv, latest: await latestExtraction(cvId) };
    },
    async ownerOfExtraction(extractionId) {
      const row = (await db('extractions as e')
        .join('cvs as c', 'c.id', 'e.cv_id')
        .where('e.id', extractionId)
        .first('c.user_id as user_id')) as { user_id: string } | undefined;
      return row?.user_id;
    },
    async delete(cvId) {
      return deleteReturningOwner(db, 'cvs', cvId);
    },
    async deleteUnsharedCacheEntries(sha256, exceptCvId) {
      const others = await db('cvs').where({ sha256 }).andWhereNot({ id: exceptCvId }).first();
      if (!others) await db('extraction_cache').where({ sha256 }).delete();
    },
    async createExtraction(extraction) {
      await db('extractions').insert(extractionRow(extraction));
    },
    async findExtraction(extractionId) {
      const row = await db('extractions').where({ id: extractionId }).first();
      return row && toExtraction(row);
    },
    async findExtractionForUser(userId, extractionId) {
      const row = await db('extractions as e')
        .join('cvs as c', 'c.id', 'e.cv_id')
        .where({ 'e.id': extractionId, 'c.user_id': userId })
        .select('e.*')
        .first();
      return row && toExtraction(row);
    },
    async unfinishedExtraction(cvId) {
      const row = await db('extractions').where({ cv_id: cvId }).whereIn('status', ['queued', 'running']).first();
      return row && toExtraction(row);
    },
    async queuedExtractionsBefore(before, limit) {
      const rows = await db('extractions')
        .where({ status: 'queued' })
        .andWhere('created_at', '<', toDbTime(before) as never)
        .orderBy('created_at')
        .limit(limit);
      return rows.map(toExtraction);
    },
    async updateExtraction(extractionId, changes) {
      await db('extractions').where({ id: extractionId }).update(extractionRow(changes));
    },
    async currentData(cvId) {
      const row = await db('cv_data_versions').where({ cv_id: cvId }).orderBy('version', 'desc').first();
      return row && toVersion(row);
    },
    async currentDataForUser(userId, cvId) {
      const row = await db('cv_data_versions as v')
        .join('cvs as c', (on) => on.on('c.id', 'v.cv_id').andOn('c.current_version', 'v.version'))
        .where({ 'c.id': cvId, 'c.user_id': userId })
        .select('v.*')
        .first();
      return row && toVersion(row);
    },
    async currentVersionForUser(userId, cvId) {
      const row = await db('cvs').where({ id: cvId, user_id: userId }).select('current_version').first();
      return fromDbIntOrNull(row?.current_version) ?? undefined;
    },
    async hasDataFromExtraction(extractionId) {
      return (await db('cv_data_versions').select('id').where({ extraction_id: extractionId }).first()) !== undefined;
    },
    async appendData(cvId, entry, expectedVersion, now) {
      return db.transaction(async (trx) => {
        const cv = await trx('cvs').where({ id: cvId }).first();
        if (!cv) return undefined;
        const current = fromDbIntOrNull(cv.current_version);
        if (expectedVersion !== undefined && expectedVersion !== current) return undefined;
        const version = (current ?? 0) + 1;
        // The conditional update is the lock: a concurrent writer that read the same version loses.
        const won = await trx('cvs')
          .where({ id: cvId })
          .andWhere((q) => (current === null ? q.whereNull('current_version') : q.where('current_version', current)))
          .update({ current_version: version, updated_at: toDbTime(now) });
        if (won !== 1) return undefined;
        await trx('cv_data_versions').insert({
          id: newId('ver'),
          cv_id: cvId,
          version,
          source: entry.source,
          extraction_id: entry.extractionId,
          data: toDbJson(entry.data),
          created_at: toDbTime(now),
        });
        return {
          cvId,
          version,
          source: entry.source,
          extractionId: entry.extractionId,
          data: entry.data,
          createdAt: now,
        };
      });
    },
    async readCache(cacheKey, now) {
      const row = await db('extraction_cache').where({ cache_key: cacheKey }).first();
      if (!row) return undefined;
      await db('extraction_cache')
        .where({ cache_key: cacheKey })
        .update({ hit_count: fromDbInt(row.hit_count) + 1, last_hit_at: toDbTime(now) });
      return { data: fromDbJson(row.data), usage: fromDbJson<ExtractionUsage>(row.usage) };
    },
    async writeCache(entry, now) {
      await db('extraction_cache')
        .insert({
          cache_key: entry.cacheKey,
          sha256: entry.sha256,
          extractor: entry.extractor,
          model: entry.model,
          prompt_version: entry.promptVersion,
          data: toDbJson(entry.data),
          usage: entry.usage ? toDbJson(entry.usage) : null,
          created_at: toDbTime(now),
          hit_count: 0,
        })
        .onConflict('cache_key')
        .merge(['data', 'usage', 'created_at']);
    },
  };
}
