#!/usr/bin/env node
/**
 * Writes schema/aict-programme.schema.json from src/feed/schema.ts, so that the published
 * JSON Schema can never drift from the valibot schema the parser uses.
 * Vite's module runner loads the TypeScript source directly (no build step, plain Node 20).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { runnerImport } from 'vite';
import { toJsonSchema } from '@valibot/to-json-schema';
import { schemaPlanSource } from './schema-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'schema', 'aict-programme.schema.json');

const { module } = await runnerImport(path.join(root, 'src/feed/schema.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});

const generated = toJsonSchema(module.FeedSchema, {
  target: 'draft-07',
  // JSON cannot hold NaN or infinities, so `finite` has nothing to say there.
  ignoreActions: ['finite'],
});
const { $schema, ...rest } = generated;
const schema = { $schema, $id: module.FEED_SCHEMA_ID, ...rest };

await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);

// The widgets' run-time copy of the schema (see scripts/schema-plan.mjs).
const plan = path.join(root, 'src', 'feed', 'generated', 'schema-plan.ts');
await mkdir(path.dirname(plan), { recursive: true });
await writeFile(plan, schemaPlanSource(module));
console.log(`wrote ${path.relative(process.cwd(), plan)}`);
