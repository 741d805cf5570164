import { load, CORE_SCHEMA, mergeTag, timestampTag } from 'js-yaml';

/**
 * js-yaml with the schema Astro's parser uses (YAML 1.2 core, timestamps, `<<` merge keys). It parses course
 * frontmatter about nine times faster than `yaml`, which positions errors and fields but builds a full document
 * tree: at 10,000 sections that tree was about 3 s of the build's content sync and 3 s of its content check.
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag, timestampTag);

/**
 * Text the quick parser leaves to `yaml`: where the two parsers part ways (found by comparing them on hand-written
 * cases and on a fuzzer's 800,000 documents; tests/unit/lib/quick-yaml.test.ts keeps them), or which course
 * frontmatter never needs. Tabs, lone carriage returns and other odd whitespace (a byte-order mark inside, Unicode line
 * separators: `yaml` rejects some lines js-yaml accepts),
 * anchors and aliases (alias limits, anchors on merge keys, cycles), tags, document markers, a block scalar's explicit
 * indentation or kept final line breaks (`|2`, `|+`), an escaped line break in a quoted string, and `\U` escapes.
 */
const LEFT_TO_YAML = [
  /[\t\uFEFF\u0085\u2028\u2029]/, /\r(?!\n)/, /(?:^|[\s:[{,-])(?:[&*]\S|!)/m, /^(?:---|\.\.\.)(?:\s|$)/m,
  /(?:^|[\s:-])[|>](?:[1-9][-+]?|[-+]?[1-9]|\+)[ \t]*(?:#.*)?$/m, /\\\r?\n/, /\\U/,
];

/**
 * Values the two parsers read differently: `yaml` also reads timestamps with one-digit fields (`2024-1-2`) and an
 * overflowing float (`1e309`), and js-yaml reads a few date forms `yaml` leaves as text. A document that gives a date,
 * a non-finite number, or a string that looks like a number or a date is left to `yaml`.
 */
const LOOSE_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:$|[Tt \t])/; // a date, alone or followed by a time (broader than either)
const NUMBER_LIKE = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
/**
 * Keys as course frontmatter writes them; any other key (`1e309`, `<<`, a very long one) is left to `yaml`, and so is
 * a key spelled as null (`yaml` reads it as "").
 */
const PLAIN_KEY = /^(?!(?:null|Null|NULL)$)[A-Za-z_][\w-]{0,63}$/;
/** Deeper than any course frontmatter: left to `yaml` rather than walked. */
const MAX_DEPTH = 32;

/** Whether `value` holds something the two parsers might read differently. */
function ambiguous(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  if (typeof value === 'string') return LOOSE_TIMESTAMP.test(value) || NUMBER_LIKE.test(value);
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some((item) => ambiguous(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => !PLAIN_KEY.test(key) || ambiguous(item, depth + 1));
  }
  return false;
}

/**
 * The data of `text`, read as Astro's YAML parser (`yaml` with YAML_OPTIONS) reads it, or undefined when the text
 * should go to that parser instead: a syntax error (which `yaml` positions and explains), an empty document, or
 * anything the two parsers may read differently (above). A defined result is the one `yaml` would give.
 */
export function parseYamlQuickly(text: string): { data: unknown } | undefined {
  if (LEFT_TO_YAML.some((pattern) => pattern.test(text))) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  return data === null || data === undefined || ambiguous(data) ? undefined : { data };
}
