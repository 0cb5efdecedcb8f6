import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { FeedSchema } from '../../src/feed/schema.js';

interface JsonSchemaNode {
  $id?: string;
  $schema?: string;
  title?: string;
  description?: string;
  required?: string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

describe('published JSON Schema (schema/aict-programme.schema.json)', () => {
  let schema: JsonSchemaNode;
  before(async () => {
    const response = await fetch('/schema/aict-programme.schema.json');
    expect(response.ok).to.equal(true);
    schema = (await response.json()) as JsonSchemaNode;
  });

  it('identifies itself', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).to.match(/^https:\/\/.+\/aict-programme\.schema\.json$/);
    expect(schema.title).to.contain('aict-programme/1');
    expect(schema.description).to.be.a('string').and.not.equal('');
  });

  it('requires exactly what the contract rejects a feed for lacking', () => {
    expect(schema.required).to.have.members(['format', 'event', 'sessions']);
    expect(schema.properties!.event.required).to.deep.equal(['timeZone']);
  });

  it('lists the contract’s session kinds, statuses and roles', () => {
    const session = schema.properties!.sessions.items!;
    expect(session.required).to.have.members(['id', 'title', 'start', 'end']);
    expect(session.properties!.kind.enum).to.deep.equal([
      'plenary', 'conference', 'workshop', 'roundtable', 'keynote',
      'country-group', 'side-event', 'break', 'social', 'other',
    ]);
    expect(session.properties!.status.enum).to.deep.equal(['scheduled', 'cancelled', 'moved', 'full']);
    expect(session.properties!.participants.items!.properties!.role.enum).to.deep.equal([
      'chair', 'introduction', 'moderator', 'speaker', 'discussant', 'rapporteur',
    ]);
  });

  it('describes every list of the feed', () => {
    expect(Object.keys(schema.properties!)).to.have.members([
      'format', 'event', 'floors', 'rooms', 'organizations', 'people', 'themes', 'blocks', 'sessions',
    ]);
  });
});

describe('FeedSchema (valibot)', () => {
  it('accepts the seed-like fixture as a whole', async () => {
    const json: unknown = await (await fetch('/feeds/feed-seed.json')).json();
    expect(v.is(FeedSchema, json)).to.equal(true);
  });

  it('rejects a feed without event.timeZone', () => {
    expect(v.is(FeedSchema, { format: 'aict-programme/1', event: {}, sessions: [] })).to.equal(false);
  });

  it('accepts offset-less and offset times and refuses other shapes', () => {
    const feed = (start: string) => ({
      format: 'aict-programme/1',
      event: { timeZone: 'Europe/Paris' },
      sessions: [{ id: 's', title: 'T', start, end: '2022-06-20T17:00' }],
    });
    expect(v.is(FeedSchema, feed('2022-06-20T16:00'))).to.equal(true);
    expect(v.is(FeedSchema, feed('2022-06-20T16:00:00+02:00'))).to.equal(true);
    expect(v.is(FeedSchema, feed('2022-06-20T14:00:00.000Z'))).to.equal(true);
    expect(v.is(FeedSchema, feed('20/06/2022 16h00'))).to.equal(false);
    expect(v.is(FeedSchema, feed('2022-06-20'))).to.equal(false);
  });
});
