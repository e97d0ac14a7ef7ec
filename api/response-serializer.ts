/**
 * Response bodies checked and written as fastify-type-provider-zod's serializer does, `JSON.stringify` of
 * `z.safeEncode(schema, data)` (or its `ResponseSerializationError`), without building the encoded copy first.
 *
 * The zod serializer parses a whole response into a new object tree and then stringifies that: for a page of
 * 50 facts (`GET /api/facts`) about 3.7 of the server's 10 CPU ms a request, with the garbage it leaves. Here a
 * schema is compiled once, per route, into a writer that walks the data and writes its JSON text directly:
 *
 * - Containers are walked as zod walks them in the encode direction: an object's shape keys in shape order (an
 *   absent optional key, or one holding `undefined`, writes nothing; an absent required one fails; a strict object
 *   fails on any other key, a plain one drops them), an array's elements, `nullable`, `optional`, and a union's
 *   options in order, the first that passes winning.
 * - Strings, finite numbers, booleans, null, enums and literals are tested as zod's parse tests them, and their
 *   checks (`min`, `regex`, `int`, `nonnegative`…) are zod's own check functions, run as zod runs them.
 * - Every other schema (dates, pipes, transforms), a leaf with a check that is not a plain test, and a container
 *   with checks of its own or an unusual optionality (a default inside) is run by zod itself (`_zod.run` in the
 *   encode direction) and its output stringified.
 *
 * When the writer finds the data invalid, or meets anything it cannot decide (an asynchronous check), the zod
 * serializer runs on the whole response, so an invalid response fails with the same error as before. A valid one
 * reads byte for byte as before (`test/api/response-serializer.test.ts` holds both to that).
 */
import { serializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType } from 'zod/v4/core';

/** What a writer answers for a value zod would reject. */
const INVALID: unique symbol = Symbol('invalid');
/** A value's JSON text; `undefined` where `JSON.stringify` writes nothing (an optional key holding `undefined`). */
type Written = string | undefined | typeof INVALID;
type Writer = (value: unknown) => Written;

/** Thrown inside a writer for anything it cannot decide; the zod serializer then answers. */
class Undecided extends Error {}

/** The encode direction's context, as `z.safeEncode` passes it. */
const ENCODE = { direction: 'backward', async: false } as const;

interface ZodInternals {
  def: {
    type: string;
    checks?: readonly unknown[];
    coerce?: boolean;
    shape?: Record<string, $ZodType>;
    catchall?: $ZodType;
    element?: $ZodType;
    innerType?: $ZodType;
    options?: readonly $ZodType[];
  };
  traits: Set<string>;
  /** An enum's or literal's values. */
  values?: Set<unknown>;
  optin?: string;
  optout?: string;
  run(payload: { value: unknown; issues: unknown[] }, ctx: object): { value: unknown; issues: unknown[] } | Promise<unknown>;
}

function internals(schema: $ZodType): ZodInternals {
  return (schema as unknown as { _zod: ZodInternals })._zod;
}

/** Whether a schema checks more than its type: checks of its own, or being a check (a string format). */
function hasChecks(z: ZodInternals): boolean {
  return (z.def.checks?.length ?? 0) > 0 || z.traits.has('$ZodCheck');
}

/** A check as zod runs it: `check` pushes an issue onto the payload when the value fails; `when` says whether it applies. */
interface Check {
  _zod: {
    def: { check: string; format?: string; when?: (payload: { value: unknown; issues: unknown[] }) => boolean };
    check(payload: { value: unknown; issues: unknown[] }): unknown;
  };
}

/**
 * Checks that only test the value: not an overwrite (`trim`), a custom refinement (maybe asynchronous) or a string
 * format other than a pattern test (a URL's may normalise the value).
 */
const TESTS = new Set(['less_than', 'greater_than', 'multiple_of', 'number_format', 'max_length', 'min_length', 'length_equals']);
const PATTERN_FORMATS = new Set(['regex', 'lowercase', 'uppercase', 'includes', 'starts_with', 'ends_with']);

function isTest(c: Check): boolean {
  const def = c._zod.def;
  return TESTS.has(def.check) || (def.check === 'string_format' && def.format !== undefined && PATTERN_FORMATS.has(def.format));
}

/**
 * A leaf (string, number, boolean, null, enum, literal): `is` tests its type as zod's parse does, then its checks
 * run, zod's own functions, as zod runs them (a check with a `when` only where it applies); an issue fails it.
 * A leaf with any other check is run by zod.
 */
function leafWriter(schema: $ZodType, is: (value: unknown) => boolean): Writer {
  const z = internals(schema);
  const checks = [...(z.traits.has('$ZodCheck') ? [schema as unknown as Check] : []), ...((z.def.checks ?? []) as Check[])];
  if (!checks.every(isTest)) return byZod(schema);
  if (checks.length === 0) return (value) => (is(value) ? JSON.stringify(value) : INVALID);
  return (value) => {
    if (!is(value)) return INVALID;
    const payload = { value, issues: [] as unknown[] };
    for (const c of checks) {
      if (c._zod.def.when && !c._zod.def.when(payload)) continue;
      const result = c._zod.check(payload);
      if (result instanceof Promise) throw new Undecided('asynchronous check');
      if (payload.issues.length > 0) return INVALID;
    }
    return JSON.stringify(value);
  };
}

/** `.optional()` as an object field reads it: absent or `undefined` is fine (not exact, no default inside, no checks). */
function isPlainOptional(z: ZodInternals): boolean {
  return !hasChecks(z) && !z.traits.has('$ZodExactOptional') && internals(z.def.innerType!).optin !== 'defaulted';
}

/** Runs zod on one value, in the encode direction, and writes what it outputs. */
function byZod(schema: $ZodType): Writer {
  const z = internals(schema);
  return (value) => {
    const result = z.run({ value, issues: [] }, { ...ENCODE });
    if (result instanceof Promise) throw new Undecided('asynchronous check');
    const { value: out, issues } = result as { value: unknown; issues: unknown[] };
    if (issues.length > 0) return INVALID;
    // A value with its own toJSON other than a date's would be called with its key inside the whole; not here.
    if (out !== null && typeof out === 'object' && !(out instanceof Date) && typeof (out as { toJSON?: unknown }).toJSON === 'function') {
      throw new Undecided('toJSON');
    }
    return JSON.stringify(out);
  };
}

/** A writer for a schema (see the module's comment); `byZod` for what it does not walk itself. */
export function compileWriter(schema: $ZodType): Writer {
  const z = internals(schema);
  const def = z.def;
  if (def.coerce) return byZod(schema);
  switch (def.type) {
    case 'string':
      return leafWriter(schema, (value) => typeof value === 'string');
    case 'number':
      return leafWriter(schema, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return leafWriter(schema, (value) => typeof value === 'boolean');
    case 'null':
      return leafWriter(schema, (value) => value === null);
    case 'enum':
    case 'literal': {
      const values = z.values!;
      return leafWriter(schema, (value) => values.has(value));
    }
  }
  if (hasChecks(z)) return byZod(schema);
  switch (def.type) {
    case 'nullable': {
      const inner = compileWriter(def.innerType!);
      return (value) => (value === null ? 'null' : inner(value));
    }
    case 'optional': {
      if (!isPlainOptional(z)) return byZod(schema);
      const inner = compileWriter(def.innerType!);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'array':
      return arrayWriter(compileWriter(def.element!));
    case 'union': {
      // A discriminated or exclusive union picks its option otherwise: zod runs it.
      if (z.traits.has('$ZodDiscriminatedUnion') || z.traits.has('$ZodXor')) return byZod(schema);
      const options = def.options!.map(compileWriter);
      return (value) => {
        for (const option of options) {
          const written = option(value);
          if (written !== INVALID) return written;
        }
        return INVALID;
      };
    }
    case 'object':
      return objectWriter(schema) ?? byZod(schema);
    default:
      return byZod(schema);
  }
}

function arrayWriter(element: Writer): Writer {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const written = element(value[i]);
      if (written === INVALID) return INVALID;
      out += (i === 0 ? '' : ',') + (written ?? 'null');
    }
    return `${out}]`;
  };
}

/** An object's writer, or null when zod should run it whole (a catchall, odd keys, a defaulted or unusual field). */
function objectWriter(schema: $ZodType): Writer | null {
  const def = internals(schema).def;
  const shape = def.shape!;
  if (Object.getOwnPropertySymbols(shape).length > 0) return null;
  const strict = def.catchall !== undefined;
  if (strict && internals(def.catchall!).def.type !== 'never') return null;
  const fields: { key: string; prefix: string; optional: boolean; write: Writer }[] = [];
  for (const key of Object.keys(shape)) {
    // JSON.stringify lists integer-like keys first, whatever the shape's order; zod skips __proto__.
    if (key === '__proto__' || /^(0|[1-9]\d*)$/.test(key)) return null;
    const field = internals(shape[key]!);
    const optional = field.def.type === 'optional' && isPlainOptional(field);
    if (!optional && (field.optin !== undefined || field.optout !== undefined)) return null;
    fields.push({ key, prefix: `${JSON.stringify(key)}:`, optional, write: compileWriter(shape[key]!) });
  }
  const keys = new Set(Object.keys(shape));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const field of fields) {
      const present = field.key in record;
      if (!present) {
        if (field.optional) continue;
        return INVALID;
      }
      const written = field.write(record[field.key]);
      if (written === INVALID) return INVALID;
      if (written === undefined) continue;
      out += (first ? '' : ',') + field.prefix + written;
      first = false;
    }
    if (strict) {
      for (const key in record) if (!keys.has(key)) return INVALID;
    }
    return `${out}}`;
  };
}

/**
 * Fastify's serializer compiler: a route whose response schema is a zod schema gets its compiled writer, falling
 * back to fastify-type-provider-zod's `serializerCompiler` (and its error) whenever the writer finds the data
 * invalid or cannot decide; any other schema gets that serializer alone.
 */
export const responseSerializerCompiler: typeof serializerCompiler = (routeSchema) => {
  const zodSerializer = serializerCompiler(routeSchema);
  const given: unknown = routeSchema.schema;
  // As fastify-type-provider-zod reads a route's schema: the zod schema, or one under `properties`.
  const schema = given instanceof $ZodType ? given : (given as { properties?: unknown } | null)?.properties;
  if (!(schema instanceof $ZodType)) return zodSerializer;
  const write = compileWriter(schema);
  return (data: unknown) => {
    let written: Written;
    try {
      written = write(data);
    } catch {
      written = INVALID;
    }
    return typeof written === 'string' ? written : zodSerializer(data);
  };
};
