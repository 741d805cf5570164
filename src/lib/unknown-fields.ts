import { closest } from './closest';
import { fieldName } from './zod-problems';

/** The parts of a JSON Schema this module reads (as produced by zod's toJSONSchema). */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  description?: string;
  [keyword: string]: unknown;
}

/** A field the schema does not know: the build would silently ignore it. */
export interface UnknownField {
  path: PropertyKey[];
  /** A known field with a similar name, when there is one. */
  suggestion?: string;
  known: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Finds fields in `data` that `schema` does not describe, at any depth. */
export function findUnknownFields(data: unknown, schema: JsonSchemaNode, path: PropertyKey[] = []): UnknownField[] {
  if (Array.isArray(data) && schema.items) {
    return data.flatMap((item, i) => findUnknownFields(item, schema.items!, [...path, i]));
  }
  if (!isRecord(data) || !schema.properties) return [];
  const known = Object.keys(schema.properties);
  return Object.entries(data).flatMap(([key, value]) => {
    const child = schema.properties![key];
    if (child) return findUnknownFields(value, child, [...path, key]);
    return [{ path: [...path, key], suggestion: closest(key, known), known }];
  });
}

/** The message and hint for an unknown field. */
export function describeUnknownField(field: UnknownField): { field: string; message: string; hint: string } {
  const name = fieldName(field.path);
  return {
    field: name,
    message: `unknown field "${String(field.path.at(-1))}"; the site would ignore it`,
    hint: field.suggestion ? `did you mean "${field.suggestion}"?` : `remove it, or use one of: ${field.known.join(', ')}`,
  };
}
