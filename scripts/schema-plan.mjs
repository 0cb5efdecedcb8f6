/**
 * The schema plan: the valibot schemas of `src/feed/schema.ts` written out as plain data
 * (`src/feed/generated/schema-plan.ts`), so that the widgets check feeds with `check.ts`'s
 * predicates without shipping valibot's constructors and runners (~2 KB gzip).
 *
 * Only what the predicates read is kept: `type`, `entries`, `item`, `items`, `options`,
 * `literal`, `wrapped`, `key`, `value` and the validation actions of pipes (`type` and
 * `requirement`). Descriptions and titles go (the JSON Schema keeps them). A schema kind,
 * action or default value the predicates do not know stops the build, so a schema change can
 * never make the widgets laxer than the published JSON Schema.
 */

const KINDS = new Set(['string', 'number', 'boolean', 'literal', 'picklist', 'optional', 'exact_optional', 'nullish', 'array', 'tuple', 'record', 'union', 'object']);
const ACTIONS = new Set(['min_length', 'max_length', 'min_value', 'max_value', 'gt_value', 'lt_value', 'regex', 'iso_date', 'iso_time', 'iso_date_time', 'iso_timestamp', 'finite', 'integer']);
const FUNCTIONS = new Map([
  [Number.isFinite, 'Number.isFinite'],
  [Number.isInteger, 'Number.isInteger'],
]);

/** Source text of a requirement: a number, string, regex or one of the known functions. */
function requirementSource(requirement, where) {
  if (requirement instanceof RegExp) {
    // `g` and `y` make `test` stateful.
    if (/[gy]/.test(requirement.flags)) throw new Error(`${where}: regex flags "${requirement.flags}" are not supported`);
    return String(requirement);
  }
  if (typeof requirement === 'function') {
    const name = FUNCTIONS.get(requirement);
    if (!name) throw new Error(`${where}: unknown requirement function`);
    return name;
  }
  if (['number', 'string', 'boolean'].includes(typeof requirement)) return JSON.stringify(requirement);
  throw new Error(`${where}: unsupported requirement ${String(requirement)}`);
}

/**
 * Writes the plan module for the exported schemas of `module`. Equal sub-schemas (the many
 * texts, ids and references) become one constant each, in dependency order.
 */
export function schemaPlanSource(module) {
  const constants = new Map(); // source text -> constant name
  const lines = [];
  const constant = (text, type = 'Node') => {
    let name = constants.get(text);
    if (!name) {
      name = `s${constants.size}`;
      constants.set(text, name);
      lines.push(`const ${name}: ${type} = ${text};`);
    }
    return name;
  };

  const emit = (schema, where) => {
    if (!schema || typeof schema !== 'object' || schema.kind !== 'schema') throw new Error(`${where}: not a schema`);
    // A piped schema carries its base's fields too; the base (itself perhaps piped) is pipe[0].
    if (schema.pipe) return piped(schema, where);
    if (!KINDS.has(schema.type)) throw new Error(`${where}: schema type "${schema.type}" is not supported`);
    const fields = [`type: ${JSON.stringify(schema.type)}`];
    switch (schema.type) {
      case 'literal':
        fields.push(`literal: ${JSON.stringify(schema.literal)}`);
        break;
      case 'picklist':
        fields.push(`options: ${JSON.stringify(schema.options)}`);
        break;
      case 'optional':
      case 'exact_optional':
      case 'nullish':
        if (schema.default !== undefined) throw new Error(`${where}: default values are not supported`);
        fields.push(`wrapped: ${emit(schema.wrapped, where)}`);
        break;
      case 'array':
        fields.push(`item: ${emit(schema.item, `${where}[]`)}`);
        break;
      case 'tuple':
        fields.push(`items: [${schema.items.map((item, i) => emit(item, `${where}[${i}]`)).join(', ')}]`);
        break;
      case 'record':
        fields.push(`key: ${emit(schema.key, `${where}{key}`)}`, `value: ${emit(schema.value, `${where}{value}`)}`);
        break;
      case 'union':
        fields.push(`options: [${schema.options.map((option, i) => emit(option, `${where}|${i}`)).join(', ')}]`);
        break;
      case 'object':
        fields.push(
          `entries: { ${Object.entries(schema.entries)
            .map(([key, entry]) => `${JSON.stringify(key)}: ${emit(entry, `${where}.${key}`)}`)
            .join(', ')} }`,
        );
        break;
    }
    return constant(`{ ${fields.join(', ')} }`, schema.type === 'object' ? 'ObjectNode' : 'Node');
  };

  const piped = (schema, where) => {
    const base = emit(schema.pipe[0], where);
    const actions = schema.pipe.slice(1).filter((action) => action.kind !== 'metadata');
    for (const action of actions) {
      if (action.kind !== 'validation' || !ACTIONS.has(action.type)) {
        throw new Error(`${where}: pipe action "${action.type}" is not supported`);
      }
    }
    if (!actions.length) return base;
    const pipe = actions.map(
      (action) => `{ kind: 'validation', type: ${JSON.stringify(action.type)}, requirement: ${requirementSource(action.requirement, where)} }`,
    );
    return constant(`{ ...${base}, pipe: [${base}, ${pipe.join(', ')}] }`);
  };

  const exported = [];
  for (const [name, value] of Object.entries(module)) {
    if (value && typeof value === 'object' && value.kind === 'schema') exported.push(`export const ${name} = ${emit(value, name)};`);
  }
  return [
    '// Generated by `npm run schema` from src/feed/schema.ts (scripts/schema-plan.mjs). Do not edit.',
    "import type { Node, ObjectNode } from '../check.js';",
    '',
    ...lines,
    '',
    ...exported,
    '',
  ].join('\n');
}
