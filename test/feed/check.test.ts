import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { checkOf, type Node } from '../../src/feed/check.js';
import * as plan from '../../src/feed/generated/schema-plan.js';
import * as schemas from '../../src/feed/schema.js';
import { schemaPlanSource } from '../../scripts/schema-plan.mjs';

/**
 * The widgets check feeds with predicates compiled from the schema plan (`npm run schema`
 * writes the valibot schemas out as data, so valibot does not ship). Those predicates must say
 * exactly what valibot says on the source schemas, for every schema of the feed and every
 * field of every item schema, on values chosen to sit on each rule's edge.
 */
const tricky: unknown[] = [
  undefined, null, true, false, 0, -0, 1, -1, 0.5, 17, 18, 90, 91, -90.5, 180, -181, NaN, Infinity, -Infinity,
  '', ' ', 'x', 'fr', '2022-06-20', '2022-02-30', '2022-6-20', '2022-06-20T16:00', '2022-06-20T16:00:00+02:00',
  '2022-06-20T16:00Z', '2022-06-20T16:00:00.123456789-0530', '2022-06-20 16:00', '#abc', '#a1b2c3', '#abcd', 'abc',
  'workshop', 'cancelled', 'speaker', 'aict-programme/1', 'aict-programme/2', 'https://example.org',
  [], [1], [1, 2], [1, 2, 3], [[0, 0], [1, 0], [1, 1]], [[0, 0], [1, 0]], [[0, 'a'], [1, 0], [1, 1]], ['a', 'b'], ['a', ''],
  [{ person: 'p' }], [{ person: 'p', role: 'chair' }], [{ person: '' }], [{ role: 'speaker' }],
  {}, { fr: 'a' }, { fr: 'a', en: 'b' }, { fr: 1 }, { fr: 'a', constructor: 1 }, ['x'], { '': 'x' },
  { x: 0, y: 0, width: 1, height: 1 }, { x: 0, y: 0, width: 0, height: 1 }, { x: 0, y: 0, width: 1 },
  { points: [[0, 0], [1, 0], [1, 1]] }, { points: [[0, 0]] }, { lat: 48.9, lon: 2.4 }, { lat: 95, lon: 0 },
  { person: 'p', role: 'chair' }, { person: 'p', role: 'boss' }, { id: 'a', name: 'A' }, { id: '', name: 'A' },
];

type Planned = Record<string, Node | undefined>;

/** Each valibot schema of `schema.ts`, and each field of it, next to its planned twin. */
function* schemasOf(): Generator<[string, v.GenericSchema, Node | undefined]> {
  for (const [name, value] of Object.entries(schemas)) {
    if (!value || typeof value !== 'object' || !('~run' in value)) continue;
    const schema = value as v.GenericSchema & { entries?: Record<string, v.GenericSchema>; pipe?: unknown[] };
    const twin = (plan as Planned)[name];
    yield [name, schema, twin];
    const entries = schema.entries ?? (schema.pipe?.[0] as { entries?: Record<string, v.GenericSchema> } | undefined)?.entries;
    for (const [key, entry] of Object.entries(entries ?? {})) yield [`${name}.${key}`, entry, twin?.entries?.[key]];
  }
}

describe('compiled schema checks', () => {
  it('agree with valibot on every schema and field of the feed', () => {
    let compared = 0;
    for (const [name, schema, twin] of schemasOf()) {
      expect(twin, `${name} is in the plan`).to.be.an('object');
      const check = checkOf(twin!);
      for (const value of tricky) {
        expect(check(value), `${name} on ${JSON.stringify(value)}`).to.equal(v.is(schema, value));
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(80 * tricky.length);
  });

  it('agree on a whole valid session and on it with one bad field', () => {
    const session = {
      id: 'atelier-1', kind: 'workshop', title: { fr: 'Mobiliser', en: 'Mobilising' }, start: '2022-06-20T16:00',
      end: '2022-06-20T17:30', room: null, organizers: ['cuf'], participants: [{ person: 'p', role: 'moderator' }],
      sdgs: [17], interpretation: ['en'], status: 'scheduled',
    };
    expect(checkOf(plan.SessionSchema)(session)).to.equal(true);
    for (const [key, bad] of Object.entries({ sdgs: [18], kind: 'talk', room: '', participants: [{ person: 'p', role: 'x' }] })) {
      expect(checkOf(plan.SessionSchema)({ ...session, [key]: bad }), key).to.equal(false);
    }
  });

  it('refuses, when planning, what the checks would not mirror exactly', () => {
    const refused = {
      transform: v.pipe(v.string(), v.transform((s: string) => s.length)),
      default: v.optional(v.string(), 'x'),
      check: v.pipe(v.string(), v.check((s: string) => s.length > 2)),
      strict: v.strictObject({ a: v.string() }),
      global: v.pipe(v.string(), v.regex(/a/g)),
    };
    for (const [name, schema] of Object.entries(refused)) {
      expect(() => schemaPlanSource({ X: schema }), name).to.throw();
    }
    expect(schemaPlanSource({ X: v.pipe(v.string(), v.minLength(2), v.description('kept out')) }))
      .to.contain('min_length')
      .and.not.contain('kept out');
  });

  it('refuses at run time a planned schema it cannot check', () => {
    expect(() => checkOf({ type: 'custom' })).to.throw(TypeError);
  });
});
