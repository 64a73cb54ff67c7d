import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
} from '../src/adapters/sql-values.js';
import { jsonColumn, timeColumn } from '../src/migrations/schema-helpers.js';
import { forEachDatabase } from './support/databases.js';

// Columns made with the same helpers as the migrations, so the probe has the real column types.
const PROBE = 'value_probe';

describe('sql value codecs without a database', () => {
  it('refuses values that have no stored form', () => {
    expect(() => toDbJson(undefined)).toThrow(TypeError);
    expect(() => toDbJson(() => 1)).toThrow(TypeError);
    expect(() => toDbJson(10n)).toThrow(TypeError);
    expect(() => toDbTime(new Date('not a date'))).toThrow(TypeError);
    expect(() => toDbBool('true' as unknown as boolean)).toThrow(TypeError);
  });

  it('refuses stored values of the wrong shape instead of guessing', () => {
    expect(() => fromDbBool(2)).toThrow(TypeError);
    expect(() => fromDbBool(null)).toThrow(TypeError);
    expect(() => fromDbInt('12abc')).toThrow(TypeError);
    expect(() => fromDbInt(1.5)).toThrow(TypeError);
    expect(() => fromDbInt('9007199254740993')).toThrow(TypeError);
    expect(() => fromDbInt(null)).toThrow(TypeError);
    expect(() => fromDbTime('yesterday')).toThrow(TypeError);
    expect(() => fromDbTime(null)).toThrow(TypeError);
  });

  it('reads every stored time representation as the same instant', () => {
    const instant = new Date('2024-05-06T07:08:09.123Z');
    expect(fromDbTime(instant)).toEqual(instant);
    expect(fromDbTime(instant).getTime()).toBe(instant.getTime());
    expect(fromDbTime(instant.getTime())).toEqual(instant);
    expect(fromDbTime(BigInt(instant.getTime()))).toEqual(instant);
    expect(fromDbTime(String(instant.getTime()))).toEqual(instant);
    expect(fromDbTime('2024-05-06T07:08:09.123Z')).toEqual(instant);
    expect(fromDbTime('2024-05-06T09:08:09.123+02:00')).toEqual(instant);
    // SQLite's CURRENT_TIMESTAMP text is UTC without a zone designator.
    expect(fromDbTime('2024-05-06 07:08:09')).toEqual(new Date('2024-05-06T07:08:09Z'));
    expect(fromDbTimeOrNull(null)).toBeNull();
    expect(toDbTimeOrNull(undefined)).toBeNull();
  });

  it('passes through JSON that a driver already parsed', () => {
    expect(fromDbJson({ a: 1 })).toEqual({ a: 1 });
    expect(fromDbJson(null)).toBeNull();
    expect(fromDbJson('null')).toBeNull();
    expect(fromDbIntOrNull(undefined)).toBeNull();
    expect(toDbText('a\u0000b')).toBe('a\uFFFDb');
  });
});

forEachDatabase('sql values', ({ kind, getKnex }) => {
  let nextId = 0;

  beforeAll(async () => {
    const knex = getKnex();
    await knex.schema.createTable(PROBE, (table) => {
      table.text('id').primary();
      jsonColumn(knex, table, 'doc').nullable();
      table.boolean('flag').nullable();
      timeColumn(table, 'at').nullable();
      table.bigInteger('big').nullable();
      table.integer('small').nullable();
      table.text('label').nullable();
    });
  });

  beforeEach(async () => {
    await getKnex()(PROBE).delete();
  });

  async function roundTrip(column: string, value: unknown): Promise<unknown> {
    const id = `row_${nextId++}`;
    await getKnex()(PROBE).insert({ id, [column]: value });
    const row = await getKnex()(PROBE).where({ id }).first(column);
    return (row as Record<string, unknown>)[column];
  }

  describe('JSON', () => {
    const documents: [string, unknown][] = [
      ['an object', { name: 'Ada', years: 36, active: true, ratio: 0.5, nothing: null }],
      // pg would send an unstringified array as a PostgreSQL array literal.
      ['a top-level array', [1, 'two', { three: 3 }, [4]]],
      ['an empty array', []],
      ['an empty object', {}],
      [
        'unicode',
        { he: 'שלום עולם', emoji: '👩🏽‍💻🚀', accents: 'Zoë Ñúñez', cjk: '履歴書', escapes: 'quote " backslash \\ tab \t' },
      ],
      [
        'deep nesting',
        { sections: [{ items: [{ highlights: ['a', 'b'], dates: { start: '2020-01', end: null } }] }], meta: { v: 1 } },
      ],
      ['a top-level string that looks like JSON', '[1,2]'],
      ['a top-level string', 'plain text'],
      ['a number', 42.25],
      ['false', false],
      ['a large integer', 9007199254740991],
    ];

    for (const [label, value] of documents) {
      it(`round-trips ${label}`, async () => {
        const stored = await roundTrip('doc', toDbJson(value));
        expect(fromDbJson(stored)).toEqual(value);
      });
    }

    it('keeps SQL NULL and JSON null apart from other values', async () => {
      expect(fromDbJson(await roundTrip('doc', null))).toBeNull();
      expect(fromDbJson(await roundTrip('doc', toDbJson(null)))).toBeNull();
    });

    it('stores U+0000 as U+FFFD (PostgreSQL refuses it in text and jsonb)', async () => {
      const stored = await roundTrip('doc', toDbJson({ text: 'a\u0000b', list: ['\u0000'] }));
      expect(fromDbJson(stored)).toEqual({ text: 'a\uFFFDb', list: ['\uFFFD'] });
      // A literal backslash-u sequence is text, not a NUL, and survives unchanged.
      const literal = await roundTrip('doc', toDbJson({ text: 'C:\\u0000' }));
      expect(fromDbJson(literal)).toEqual({ text: 'C:\\u0000' });
      expect(await roundTrip('label', toDbText('file\u0000name.pdf'))).toBe('file\uFFFDname.pdf');
    });
  });

  describe('booleans', () => {
    it('round-trips true and false', async () => {
      expect(fromDbBool(await roundTrip('flag', toDbBool(true)))).toBe(true);
      expect(fromDbBool(await roundTrip('flag', toDbBool(false)))).toBe(false);
    });

    it('filters by a boolean', async () => {
      const knex = getKnex();
      await knex(PROBE).insert([
        { id: 'b1', flag: toDbBool(true) },
        { id: 'b2', flag: toDbBool(false) },
        { id: 'b3', flag: toDbBool(true) },
      ]);
      const rows = await knex(PROBE).where('flag', toDbBool(true)).orderBy('id').select('id');
      expect(rows).toEqual([{ id: 'b1' }, { id: 'b3' }]);
    });
  });

  describe('times', () => {
    const instants = [
      new Date('2024-02-29T23:59:59.999Z'),
      new Date('2025-06-30T12:00:00.001Z'),
      new Date(0),
      new Date('1969-07-20T20:17:40.123Z'),
      new Date('2999-12-31T23:59:59.998Z'),
    ];

    for (const instant of instants) {
      it(`round-trips ${instant.toISOString()} to the millisecond`, async () => {
        const stored = await roundTrip('at', toDbTime(instant));
        expect(fromDbTime(stored).getTime()).toBe(instant.getTime());
      });
    }

    it('keeps NULL', async () => {
      expect(fromDbTimeOrNull(await roundTrip('at', toDbTimeOrNull(null)))).toBeNull();
    });

    it('compares and orders in SQL by instant, to the millisecond', async () => {
      const knex = getKnex();
      const base = new Date('2025-03-01T10:00:00.000Z').getTime();
      await knex(PROBE).insert([
        { id: 't3', at: toDbTime(new Date(base + 2)) },
        { id: 't1', at: toDbTime(new Date(base)) },
        { id: 't2', at: toDbTime(new Date(base + 1)) },
      ]);
      expect(await knex(PROBE).orderBy('at').pluck('id')).toEqual(['t1', 't2', 't3']);
      expect(
        await knex(PROBE)
          .where('at', '<', toDbTime(new Date(base + 1)))
          .pluck('id'),
      ).toEqual(['t1']);
      expect(
        await knex(PROBE)
          .where('at', '>=', toDbTime(new Date(base + 1)))
          .orderBy('at')
          .pluck('id'),
      ).toEqual(['t2', 't3']);
    });

    describe('whatever the process time zone', () => {
      const originalTz = process.env.TZ;
      afterEach(() => {
        if (originalTz === undefined) delete process.env.TZ;
        else process.env.TZ = originalTz;
      });

      for (const tz of ['Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham']) {
        it(`stores the same instant with TZ=${tz}`, async () => {
          const instant = new Date('2025-10-26T01:30:00.250Z'); // around a European DST change
          process.env.TZ = tz;
          // The premise: local time really is offset from UTC here.
          expect(instant.getTimezoneOffset()).not.toBe(0);
          const stored = await roundTrip('at', toDbTime(instant));
          process.env.TZ = 'UTC';
          expect(fromDbTime(stored).toISOString()).toBe(instant.toISOString());
          if (kind === 'postgres') {
            // The database itself holds the right instant, not just our reading of it.
            const [row] = await getKnex()(PROBE)
              .select(getKnex().raw(`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as utc`))
              .whereNotNull('at');
            expect((row as { utc: string }).utc).toBe('2025-10-26T01:30:00.250');
          }
        });
      }
    });
  });

  describe('integers', () => {
    for (const value of [0, 1, -1, 10 * 1024 * 1024, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      it(`round-trips ${value} through a bigint column`, async () => {
        const stored = await roundTrip('big', value);
        if (kind === 'postgres') expect(typeof stored).toBe('string');
        expect(fromDbInt(stored)).toBe(value);
      });
    }

    it('round-trips an integer column and reads count(*) and sum()', async () => {
      const knex = getKnex();
      await knex(PROBE).insert([
        { id: 'i1', small: 2_000_000_000, big: 4_000_000_000 },
        { id: 'i2', small: -5, big: 4_000_000_000 },
      ]);
      expect(fromDbInt((await knex(PROBE).where({ id: 'i1' }).first('small'))?.small)).toBe(2_000_000_000);
      const [totals] = await knex(PROBE).count({ n: '*' }).sum({ total: 'big' });
      expect(fromDbInt(totals?.n)).toBe(2);
      expect(fromDbInt(totals?.total)).toBe(8_000_000_000);
      expect(fromDbIntOrNull(await roundTrip('big', null))).toBeNull();
    });
  });
});
