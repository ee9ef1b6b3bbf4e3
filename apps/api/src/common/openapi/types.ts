import type { z } from 'zod';

// The parts of the OpenAPI document this folder writes.

export type JsonSchema = Record<string, unknown>;
export type Parameter = {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: JsonSchema;
  description?: string;
};
export type MediaTypes = Record<string, { schema: JsonSchema }>;
export type Response = { description: string; content?: MediaTypes } | { $ref: string };
export type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: MediaTypes };
  responses?: Record<string, Response>;
  security?: Record<string, string[]>[];
};

/** What a successful answer carries: a zod schema (JSON), a text media type, or nothing. */
export type Body = z.ZodType | { text: string } | 'empty';
export type Responses = Body | { byStatus: Record<number, Body> };
