import type { JsonSchemaNode } from './unknown-fields';

/** One kind of content file to document. */
export interface DocumentShape {
  title: string;
  path: string;
  shape: JsonSchemaNode;
}

interface Row {
  field: string;
  type: string;
  required: string;
  rules: string;
  description: string;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
/** Plain-words readings of the patterns the schemas use. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'kebab-case: lowercase words joined by hyphens',
  '^[A-Z]$': 'a single letter (A is the first option)',
};

function typeOf(node: JsonSchemaNode): string {
  if (Array.isArray(node.enum)) return 'choice';
  if (node.type === 'array') return node.items?.type === 'object' ? 'list of entries (fields below)' : `list of ${typeOf(node.items ?? {})}`;
  return ({ string: 'text', integer: 'whole number', number: 'number', boolean: 'true or false', object: 'fields below' } as Record<string, string>)[String(node.type)] ?? 'any';
}

const range = (min: unknown, max: unknown, unit: string) => {
  const hasMax = typeof max === 'number' && max < Number.MAX_SAFE_INTEGER;
  const plural = (n: number) => (unit && n !== 1 ? `${unit}s` : unit);
  if (typeof min === 'number' && hasMax) return `${min} to ${max}${plural(2)}`;
  if (typeof min === 'number') return `at least ${min}${plural(min)}`;
  return hasMax ? `at most ${max}${plural(max as number)}` : '';
};

function rulesOf(node: JsonSchemaNode): string {
  const rules = [
    node.minLength === 1 ? `not empty${typeof node.maxLength === 'number' ? `, at most ${node.maxLength} characters` : ''}` : '',
    range(node.minItems, node.maxItems, ' item'),
    range(node.minimum, node.maximum, ''),
    Array.isArray(node.enum) ? `one of ${node.enum.map(code).join(', ')}` : '',
    PATTERNS[String(node.pattern)] ?? (node.pattern ? `matches ${code(node.pattern)}` : ''),
    // Rules on each entry of a list of plain values, e.g. every challenge id is kebab-case.
    node.type === 'array' && node.items && node.items.type !== 'object' && rulesOf(node.items) ? `each entry: ${rulesOf(node.items)}` : '',
  ];
  return rules.filter(Boolean).join('; ');
}

/** Table rows for an object's fields, then for the fields of its nested entries. */
function rowsOf(node: JsonSchemaNode, prefix = ''): Row[] {
  const required = new Set((node.required as string[] | undefined) ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const field = `${prefix}${key}`;
    const row: Row = {
      field,
      type: typeOf(child),
      required: required.has(key) ? 'yes' : child.default !== undefined ? `no (default ${code(child.default)})` : 'no',
      rules: rulesOf(child),
      description: child.description ?? '',
    };
    const nested = child.type === 'array' && child.items?.type === 'object' ? rowsOf(child.items, `${field}[].`) : child.type === 'object' ? rowsOf(child, `${field}.`) : [];
    return [row, ...nested];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reference page: one table per kind of content file, generated from the schemas. */
export function renderFieldReference(documents: DocumentShape[]): string {
  const sections = documents.map((doc) => [
    `## ${doc.title}`,
    '',
    `File: \`${doc.path}\``,
    '',
    '| Field | Type | Required | Rules | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rowsOf(doc.shape).map((r) => `| \`${r.field}\` | ${r.type} | ${r.required} | ${cell(r.rules)} | ${cell(r.description)} |`),
  ].join('\n'));
  return [
    '# Content field reference',
    '',
    '<!-- Generated from the zod schemas in src/schemas/ by `npm run docs:fields`. Do not edit by hand: a test fails when this file and the schemas disagree. -->',
    '',
    'Every field a contributor writes, per kind of file. `quiz[].answer` means the `answer` field of each entry of `quiz`.',
    'Fields not listed here are reported by `npm run check` as unknown. See [CONTRIBUTING.md](../CONTRIBUTING.md) for how to write them.',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
