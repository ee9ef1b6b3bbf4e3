import * as contract from '@waiji/contract';
import { z } from 'zod';
import { logoutEverywhereResponse } from './responses';
import type { JsonSchema, Parameter } from './types';

// zod → OpenAPI 3.0: every schema of the document is zod's own OpenAPI output of the contract schemas, named after
// their export in libs/contract.

export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The name of a schema in components: its export name in libs/contract, in PascalCase. */
const contractNames = new Map<unknown, string>([
  ...Object.entries(contract)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, value]): [unknown, string] => [value, pascal(name)]),
  [logoutEverywhereResponse, 'LogoutEverywhereResponse'],
]);

function nameOf(schema: z.ZodType, fallback: string): string {
  return contractNames.get(schema) ?? fallback;
}

/**
 * Fixes what zod's OpenAPI 3.0 output leaves for a 3.0 reader: `$id` (not a 3.0 keyword) goes, a nullable enum
 * lists null among its values (OpenAPI 3.0.3: `nullable` does not widen an `enum`), and a nullable reference is
 * "the schema, or null".
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== '$id' && key !== '$schema') out[key] = tidy(value);
  if (out['nullable'] === true && Array.isArray(out['enum']) && !out['enum'].includes(null))
    out['enum'] = [...out['enum'], null];
  // A nullable reference (`documentResponse.nullable()` comes out as nullable beside allOf: [$ref]): in 3.0 `nullable`
  // needs a `type` beside it and does not make an allOf accept null, so it becomes "the schema, or null".
  if (
    out['nullable'] === true &&
    out['type'] === undefined &&
    Array.isArray(out['allOf']) &&
    out['allOf'].length === 1
  ) {
    const { nullable: _nullable, allOf, ...rest } = out;
    return { ...rest, anyOf: [...(allOf as unknown[]), { type: 'object', nullable: true, enum: [null] }] };
  }
  return out;
}

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  tidy(z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' })) as JsonSchema;

/**
 * Collects request and response schemas, then writes them to components with references between them. A schema sent
 * in requests and also answered keeps its name for the answer and gets an `Input` suffix for the request (zod's input
 * and output differ where there are defaults and transforms).
 */
export class SchemaSet {
  private readonly outputs = new Map<z.ZodType, string>();
  private readonly inputs = new Map<z.ZodType, { name: string; refs: JsonSchema[] }>();

  output(schema: z.ZodType, fallback: string): JsonSchema {
    const name = this.outputs.get(schema) ?? nameOf(schema, fallback);
    this.outputs.set(schema, name);
    return { $ref: `#/components/schemas/${name}` };
  }

  /** The reference is filled in by `write`, once every answer's name is known. */
  input(schema: z.ZodType, fallback: string): JsonSchema {
    const ref: JsonSchema = {};
    const entry = this.inputs.get(schema) ?? { name: nameOf(schema, fallback), refs: [] };
    entry.refs.push(ref);
    this.inputs.set(schema, entry);
    return ref;
  }

  write(): Record<string, JsonSchema> {
    const outputRegistry = z.registry<{ id: string }>();
    for (const [schema, id] of this.outputs) outputRegistry.add(schema, { id });
    const taken = new Set(this.outputs.values());
    const inputRegistry = z.registry<{ id: string }>();
    for (const [schema, entry] of this.inputs) {
      const id = taken.has(entry.name) ? `${entry.name}Input` : entry.name;
      inputRegistry.add(schema, { id });
      for (const ref of entry.refs) ref['$ref'] = `#/components/schemas/${id}`;
    }
    return { ...componentsOf(outputRegistry, 'output'), ...componentsOf(inputRegistry, 'input') };
  }
}

function componentsOf(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const json = z.toJSONSchema(registry, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return tidy(json.schemas) as Record<string, JsonSchema>;
}

/** A query or params schema spelled out as OpenAPI parameters. */
export function parametersOf(schema: z.ZodType, where: 'query' | 'path'): Parameter[] {
  const json = toSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}
