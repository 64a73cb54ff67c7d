import type { Knex } from 'knex';
import type { Portfolio, PortfolioStatus } from '../domain/portfolio.js';
import { newestFirst, toStorePage } from './sql-keyset-page.js';
import { isUniqueViolation } from './sql-errors.js';
import { fromDbBool, fromDbTime, fromDbTimeOrNull, toDbBool, toDbTime, toDbTimeOrNull } from './sql-values.js';
import { SlugTakenError } from '../domain/errors.js';
import type { PortfolioChanges, PortfolioStore } from './portfolio-store.js';
import { deleteReturningOwner } from './sql-delete-returning-owner.js';

interface PortfolioRow {
  id: string;
  cv_id: string;
  user_id: string;
  tenant_id: string | null;
  theme: string;
  slug: string;
  status: string;
  preview_token: string | null;
  preview_expires_at: unknown;
  published_slug: string | null;
  published_hash: string | null;
  published_at: unknown;
  publish_error: string | null;
  publish_run: string | null;
  paid: unknown;
  created_at: unknown;
  updated_at: unknown;
}

function toPortfolio(row: PortfolioRow): Portfolio {
  return {
    id: row.id,
    cvId: row.cv_id,
    userId: row.user_id,
    tenantId: row.tenant_id ?? null,
    theme: row.theme,
    slug: row.slug,
    status: row.status as PortfolioStatus,
    previewToken: row.preview_token ?? null,
    previewExpiresAt: fromDbTimeOrNull(row.preview_expires_at),
    publishedSlug: row.published_slug ?? null,
    publishedHash: row.published_hash ?? null,
    publishedAt: fromDbTimeOrNull(row.published_at),
    publishError: row.publish_error ?? null,
    publishRun: row.publish_run ?? null,
    paid: fromDbBool(row.paid),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

const COLUMNS: Record<keyof PortfolioChanges, string> = {
  theme: 'theme',
  slug: 'slug',
  status: 'status',
  previewToken: 'preview_token',
  previewExpiresAt: 'preview_expires_at',
  publishedSlug: 'published_slug',
  publishedHash: 'published_hash',
  publishedAt: 'published_at',
  publishError: 'publish_error',
  publishRun: 'publish_run',
  paid: 'paid',
};

function toRowChanges(changes: PortfolioChanges): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as [keyof PortfolioChanges, unknown][]) {
    if (value === undefined) continue;
    const column = COLUMNS[key];
    if (!column) continue;
    if (value instanceof Date || key === 'previewExpiresAt' || key === 'publishedAt') {
      row[column] = toDbTimeOrNull(value as Date | null);
    } else if (key === 'paid') {
      row[column] = toDbBool(value as boolean);
    } else {
      row[column] = value;
    }
  }
  return row;
}

export function createSqlPortfolioStore(db: Knex): PortfolioStore {
  /** A slug is taken by another portfolio's planned slug or live address. */
  const slugClash = async (trx: Knex, slug: string, exceptId?: string): Promise<boolean> => {
    const query = trx('portfolios')
      .where((q) => q.where({ slug }).orWhere({ published_slug: slug }))
      .first('id');
    if (exceptId) query.andWhereNot({ id: exceptId });
    return (await query) !== undefined;
  };

  return {
    async create(portfolio) {
      try {
        await db.transaction(async (trx) => {
          if (await slugClash(trx, portfolio.slug)) throw new SlugTakenError(portfolio.slug);
          await trx('portfolios').insert({
            id: portfolio.id,
            cv_id: portfolio.cvId,
            user_id: portfolio.userId,
            tenant_id: portfolio.tenantId,
            ...toRowChanges(portfolio),
            created_at: toDbTime(portfolio.createdAt),
            updated_at: toDbTime(portfolio.updatedAt),
          });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new SlugTakenError(portfolio.slug);
        throw err;
      }
    },
    async findById(id) {
      const row = await db<PortfolioRow>('portfolios').where({ id }).first();
      return row && toPortfolio(row);
    },
    async findForUser(userId, id) {
      const row = await db<PortfolioRow>('portfolios').where({ id, user_id: userId }).first();
      return row && toPortfolio(row);
    },
    async findByPreviewToken(token, now) {
      const row = await db<PortfolioRow>('portfolios')
        .where({ preview_token: token })
        .andWhere('preview_expires_at', '>', toDbTime(now) as never)
        .first();
      return row && toPortfolio(row);
    },
    async findPublishedBySlug(slug) {
      const row = await db<PortfolioRow>('portfolios').where({ published_slug: slug }).first();
      return row && toPortfolio(row);
    },
    async listForUser(userId, page) {
      const rows = await newestFirst(db<PortfolioRow>('portfolios').where({ user_id: userId }), page);
      return toStorePage(rows, page.limit, toPortfolio);
    },
    async listForCv(cvId) {
      const rows = await db<PortfolioRow>('portfolios').where({ cv_id: cvId });
      return rows.map(toPortfolio);
    },
    async slugAvailable(slug, exceptId) {
      return !(await slugClash(db, slug, exceptId));
    },
    async update(id, changes, now, from, publishRun) {
      try {
        return await db.transaction(async (trx) => {
          if (changes.slug !== undefined && (await slugClash(trx, changes.slug, id))) {
            throw new SlugTakenError(changes.slug);
          }
          if (changes.publishedSlug && (await slugClash(trx, changes.publishedSlug, id))) {
            throw new SlugTakenError(changes.publishedSlug);
          }
          const query = trx('portfolios').where({ id });
          if (from) query.whereIn('status', from as PortfolioStatus[]);
          if (publishRun !== undefined) query.andWhere({ publish_run: publishRun });
          const count = await query.update({ ...toRowChanges(changes), updated_at: toDbTime(now) });
          if (count === 0) return undefined;
          const row = await trx<PortfolioRow>('portfolios').where({ id }).first();
          return row && toPortfolio(row);
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new SlugTakenError(changes.slug ?? changes.publishedSlug ?? '');
        throw err;
      }
    },
    async delete(id) {
      return deleteReturningOwner(db, 'portfolios', id);
    },
    async liveSlugs() {
      const rows = (await db('portfolios')
        .whereNotNull('published_slug')
        .orWhere({ status: 'publishing' })
        .select('published_slug', 'slug', 'status')) as {
        published_slug: string | null;
        slug: string;
        status: string;
      }[];
      const slugs = new Set<string>();
      for (const row of rows) {
        if (row.published_slug) slugs.add(row.published_slug);
        if (row.status === 'publishing') slugs.add(row.slug);
      }
      return slugs;
    },
    async expirePreviews(now) {
      return db('portfolios')
        .whereNotNull('preview_token')
        .andWhere('preview_expires_at', '<=', toDbTime(now) as never)
        .update({ preview_token: null, preview_expires_at: null });
    },
  };
}
