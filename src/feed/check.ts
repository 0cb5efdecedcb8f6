/**
 * Plain predicates compiled from the feed's schemas, for the parser's hot path.
 *
 * The widgets do not ship valibot: `npm run schema` writes the valibot schemas of `schema.ts`
 * out as plain data (`generated/schema-plan.ts`: their `type`, `options`, `entries`, pipe
 * `requirement`s), and this module turns that data into `typeof` checks that allocate nothing.
 * `schema.ts` stays the single source. Each kind and action mirrors valibot's own `~run`;
 * the generator refuses any other (a transformation, a default value, an unknown action), so a
 * schema change can never make the widgets laxer than the published JSON Schema.
 * `test/feed/check.test.ts` compares these predicates with `v.is` on the valibot schemas, on
 * tricky values, for every schema and field of the feed.
 */

export type Check = (value: unknown) => boolean;

/** A schema as the plan writes it: the fields of a valibot schema that the checks read. */
export type Node = {
  readonly type: string;
  readonly kind?: string;
  readonly pipe?: readonly Node[];
  readonly wrapped?: Node;
  readonly default?: unknown;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly item?: Node;
  readonly items?: readonly Node[];
  readonly key?: Node;
  readonly value?: Node;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly requirement?: unknown;
};

export type ObjectNode = Node & { readonly entries: Readonly<Record<string, Node>> };

const compiled = new WeakMap<object, Check>();

/** The predicate of a planned schema: true exactly when valibot's `v.is` is on its source. */
export function checkOf(schema: Node): Check {
  let check = compiled.get(schema);
  if (!check) {
    check = compile(schema);
    // Unreachable with a plan written by `npm run schema`, which refuses what is not compiled.
    if (!check) throw new TypeError(`aict-widgets: cannot check a "${schema.type}" schema`);
    compiled.set(schema, check);
  }
  return check;
}

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && !Number.isNaN(value);
const isBoolean: Check = (value) => typeof value === 'boolean';

/** valibot's `_isValidObjectKey`: records skip keys that could reach a prototype. */
const isPlainKey = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

function compile(schema: Node): Check | undefined {
  if (schema.pipe) return compilePipe(schema.pipe);
  switch (schema.type) {
    case 'string':
      return isString;
    case 'number':
      return isNumber;
    case 'boolean':
      return isBoolean;
    case 'literal': {
      const literal = schema.literal;
      // SameValueZero, as valibot compares literals.
      return (value) => value === literal || (value !== value && literal !== literal);
    }
    case 'picklist': {
      const options = schema.options!;
      return (value) => options.includes(value);
    }
    case 'optional':
    case 'exact_optional':
    case 'nullish': {
      // A default value makes valibot validate the default instead of `undefined`.
      if (schema.default !== undefined || !schema.wrapped) return undefined;
      const inner = compile(schema.wrapped);
      if (!inner) return undefined;
      return schema.type === 'nullish'
        ? (value) => value === undefined || value === null || inner(value)
        : (value) => value === undefined || inner(value);
    }
    case 'array': {
      const item = schema.item && compile(schema.item);
      if (!item) return undefined;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = compileAll(schema.items);
      if (!items) return undefined;
      // Not strict: valibot's tuple ignores extra elements.
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(value[i])) return false;
        return true;
      };
    }
    case 'record': {
      if (!schema.key || schema.key.type !== 'string' || schema.key.pipe || !schema.value) return undefined;
      const entry = compile(schema.value);
      if (!entry) return undefined;
      return (value) => {
        if (!value || typeof value !== 'object') return false;
        for (const key in value) {
          if (isPlainKey(value, key) && !entry((value as Record<string, unknown>)[key])) return false;
        }
        return true;
      };
    }
    case 'union': {
      const options = compileAll(schema.options as readonly Node[] | undefined);
      if (!options) return undefined;
      return (value) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(value)) return true;
        return false;
      };
    }
    case 'object': {
      if (!schema.entries) return undefined;
      const keys = Object.keys(schema.entries);
      const checks = compileAll(keys.map((key) => schema.entries![key]!));
      if (!checks) return undefined;
      return (value) => {
        if (!value || typeof value !== 'object') return false;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!checks[i]!(key in value ? (value as Record<string, unknown>)[key] : undefined)) return false;
        }
        return true;
      };
    }
    default:
      return undefined;
  }
}

function compileAll(schemas: readonly Node[] | undefined): Check[] | undefined {
  if (!schemas) return undefined;
  const checks: Check[] = [];
  for (const schema of schemas) {
    const check = compile(schema);
    if (!check) return undefined;
    checks.push(check);
  }
  return checks;
}

/** A piped schema: its first element is the schema, then metadata and validation actions. */
function compilePipe(pipe: readonly Node[]): Check | undefined {
  const base = pipe[0] && compile(pipe[0]);
  if (!base) return undefined;
  const tests: Check[] = [];
  for (const action of pipe.slice(1)) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation') return undefined;
    const test = compileAction(action);
    if (!test) return undefined;
    tests.push(test);
  }
  if (tests.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(value)) return false;
    return true;
  };
}

function compileAction(action: Node): Check | undefined {
  const requirement = action.requirement;
  switch (action.type) {
    case 'min_length':
      return (value) => (value as { length: number }).length >= (requirement as number);
    case 'max_length':
      return (value) => (value as { length: number }).length <= (requirement as number);
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
    case 'gt_value':
      return (value) => (value as number) > (requirement as number);
    case 'lt_value':
      return (value) => (value as number) < (requirement as number);
    case 'regex':
    case 'iso_date':
    case 'iso_time':
    case 'iso_date_time':
    case 'iso_timestamp':
      return requirement instanceof RegExp ? (value) => requirement.test(value as string) : undefined;
    case 'finite':
    case 'integer':
      return typeof requirement === 'function' ? (value) => (requirement as (x: unknown) => boolean)(value) : undefined;
    default:
      return undefined;
  }
}
