import { load, CORE_SCHEMA, mergeTag, timestampTag } from 'js-yaml';

/**
 * js-yaml with the schema Astro's parser uses (YAML 1.2 core, timestamps, `<<` merge keys). It parses course
 * frontmatter about nine times faster than `yaml`, which positions errors and fields but builds a full document
 * tree: at 10,000 sections that tree was about 3 s of the build's content sync and 3 s of its content check.
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag, timestampTag);

/**
 * Plain scalars the two parsers read differently, found by comparing them (tests/unit/lib/quick-yaml.test.ts):
 * `yaml` also reads timestamps with one-digit fields (`2024-1-2`), an overflowing float (`1e309`) and keys spelled as
 * null. js-yaml leaves them strings (or the key "null"), so a document holding one is left to `yaml`.
 */
const LOOSE_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:$|[Tt \t])/; // a date, alone or followed by a time (broader than either)
const NUMBER_LIKE = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
const NULL_KEYS = new Set(['~', 'null', 'Null', 'NULL']);
/** A tag at the start of a node (`!!float 1`, `!custom x`): `yaml` knows fewer tags and resolves some differently. */
const TAG = /(?:^|[\s:[{,-])!/;

const ambiguousString = (value: string) => LOOSE_TIMESTAMP.test(value) || NUMBER_LIKE.test(value);

/** Whether `value` holds something the two parsers might read differently (strings, keys, non-finite numbers). */
function ambiguous(value: unknown): boolean {
  if (typeof value === 'string') return ambiguousString(value);
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(ambiguous);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).some(([key, item]) => NULL_KEYS.has(key) || ambiguous(item));
  }
  return false;
}

/**
 * The data of `text`, read as Astro's YAML parser (`yaml` with YAML_OPTIONS) reads it, or undefined when the text
 * should go to that parser instead: a syntax error (which `yaml` positions and explains), an empty document, a tag,
 * or a value the two parsers may read differently. A defined result is always the one `yaml` would give.
 */
export function parseYamlQuickly(text: string): { data: unknown } | undefined {
  if (TAG.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  return data === null || data === undefined || ambiguous(data) ? undefined : { data };
}
