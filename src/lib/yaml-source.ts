import { LineCounter, parseDocument, isMap, isScalar, isSeq, type YAMLError } from 'yaml';
import type { ContentProblem, SourcePosition } from './content-error';
import { parseYamlQuickly } from './quick-yaml';

/** The YAML options Astro's own frontmatter and data-file parser uses, so both read the same values. */
export const YAML_OPTIONS = { customTags: ['timestamp'], merge: true, schema: 'core' } as const;

/** Where a field sits in the source; `found` is false when the field is missing (the position is then its parent's). */
export interface FieldLocation extends SourcePosition {
  found: boolean;
}

/** A parsed YAML text that can point at any of its fields. */
export interface YamlSource {
  /** The parsed value, or undefined when the YAML has syntax errors. */
  data: unknown;
  /** Syntax errors, each with its position in the file. */
  problems: ContentProblem[];
  /** The position of the field at `path` (keys and list indexes, as in zod issue paths): its value, or with `'key'` its name. */
  locate(path: readonly PropertyKey[], at?: 'value' | 'key'): FieldLocation;
}

const SYNTAX_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be in double quotes, e.g. question: "Why: because?"; otherwise check this line\'s indentation',
  MULTILINE_IMPLICIT_KEY: 'a value containing ": " must be in double quotes; otherwise check the indentation of the line below',
  DUPLICATE_KEY: 'each field may appear only once here; remove or rename the repeat',
  TAB_AS_INDENT: 'indent with spaces, never tabs',
  MISSING_CHAR: 'close the quote or bracket that was opened before this point',
  BAD_INDENT: 'line this item up with the other items of its list',
};

/** YAML's message without its trailing "at line 1, column 2:" and code frame; the position is reported separately. */
const plainMessage = (error: YAMLError) => error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/** A value written as a YAML double-quoted string. */
const inDoubleQuotes = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A `key: value` line whose plain value holds ": " (a second key to YAML), and the line with the value quoted. */
const UNQUOTED_COLON = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+)([^"'\s][^#]*?:\s.*?)\s*$/;
function quotedLine(line: string | undefined): string | undefined {
  const match = line === undefined ? null : UNQUOTED_COLON.exec(line);
  return match ? `${match[1]!.trimStart()}${inDoubleQuotes(match[2]!)}` : undefined;
}

/** YAML's complaint about a `[` or `{` that is never closed; it points at the line after, not at the bracket. */
const UNCLOSED_FLOW = /^Flow (?:sequence|map|mapping) in block collection must be sufficiently indented and end with a [\]}]/;
const UNCLOSED_MESSAGE = /^"[[{]" opens a (?:list|map) that is never closed/;

/** A line whose value (after `key: `, `- `, or both) starts with a bracket: the start of a flow list or map. */
const STARTS_FLOW = /^(\s*(?:-\s+)?(?:[A-Za-z_][\w-]*:\s+)?)([[{].*?)\s*$/;

/** How far a line's brackets open (+) or close (-) flow collections, outside quoted strings and comments. */
function flowBalance(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/**
 * The `[` or `{` that is still open at line `upTo` (0-based): lines are read from the top, each flow value followed
 * (over several lines, if it spans them) until its brackets balance. The fix: a value that starts with a bracket is
 * a list or a map to YAML, so text there goes in double quotes.
 */
function unclosedFlow(lines: string[], upTo: number, shift: number, file: string): ContentProblem | undefined {
  let opened: { line: number; match: RegExpExecArray } | undefined;
  let depth = 0;
  for (let i = 0; i < Math.min(upTo, lines.length); i++) {
    if (!opened) {
      const match = STARTS_FLOW.exec(lines[i]!);
      if (!match) continue;
      opened = { line: i, match };
      depth = flowBalance(match[2]!);
    } else depth += flowBalance(lines[i]!);
    if (depth <= 0) opened = undefined;
  }
  if (!opened) return undefined;
  const { line, match } = opened;
  const [open, close] = match[2]!.startsWith('[') ? ['[', ']'] : ['{', '}'];
  const kind = open === '[' ? 'a list' : 'a map';
  const quoted = `${match[1]!.trimStart()}${inDoubleQuotes(match[2]!)}`;
  return {
    file, line: line + 1 + shift, column: match[1]!.length + 1, field: 'YAML syntax',
    message: `"${open}" opens ${kind} that is never closed with "${close}" (in "${lines[line]!.trim()}")`,
    hint: `if this is text, put it in double quotes: ${quoted}; if it is ${kind}, end it with ${close}`,
  };
}

function syntaxProblem(error: YAMLError, file: string, lines: string[], shift: number): ContentProblem {
  const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
  const unclosed = UNCLOSED_FLOW.test(plainMessage(error)) ? unclosedFlow(lines, pos.line - 1, shift, file) : undefined;
  if (unclosed) return unclosed;
  const text = lines[pos.line - 1]?.trim();
  // The usual mistake, a value with ": " in it, gets its own line back with the value quoted.
  const quoted = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? quotedLine(lines[pos.line - 1]) : undefined;
  return {
    file, line: pos.line + shift, column: pos.col, field: 'YAML syntax',
    message: `${plainMessage(error)}${text ? ` (in "${text}")` : ''}`,
    hint: quoted ? `put the value in double quotes: ${quoted}` : SYNTAX_HINTS[error.code] ?? 'check the YAML syntax at this point; putting the value in double quotes often helps',
  };
}

/**
 * The value of a top-level `key:` line of YAML that may not parse as a whole (a plain, or simply quoted, value), so a
 * file with a syntax error elsewhere still tells other files its id.
 */
export function topLevelValue(text: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:[ \\t]*(?:"([^"\\\\\\n]*)"|'([^'\\n]*)'|([^\\s"'#][^\\n#]*?))[ \\t]*(?:#.*)?$`, 'm').exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Walks a YAML node tree along a zod-style path and returns the source offset of what it reaches. */
function offsetOf(root: unknown, path: readonly PropertyKey[], at: 'value' | 'key'): { offset: number; found: boolean } {
  let node = root;
  let offset = rangeStart(root) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) return { offset, found: false };
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else return { offset, found: false };
  }
  // A plain value is pointed at directly; a list or map at the key that introduces it.
  if (isScalar(node) && at === 'value') offset = rangeStart(node) ?? offset;
  return { offset, found: true };
}

const rangeStart = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range?.[0];

/**
 * Parses YAML that starts on line `firstLine` of `file` (1 for a data file, the line after
 * the opening `---` minus one for frontmatter that keeps the fence's line ending). With `quick`, as the build reads
 * Markdown sections' frontmatter (src/catalog/quick-frontmatter.ts): by the quick parser when it can, and `yaml`
 * builds its tree (for positions) only when a problem needs one. Without it, as the build reads every other file.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1, { quick: useQuick = false } = {}): YamlSource {
  const quick = useQuick ? parseYamlQuickly(text) : undefined;
  if (quick) {
    let full: YamlSource | undefined;
    return { data: quick.data, problems: [], locate: (path, at) => (full ??= parseFullYamlSource(text, file, firstLine)).locate(path, at) };
  }
  return parseFullYamlSource(text, file, firstLine);
}

function parseFullYamlSource(text: string, file: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, customTags: [...YAML_OPTIONS.customTags], lineCounter });
  const shift = firstLine - 1;
  const lines = text.split('\n');
  const all = doc.errors.map((error) => syntaxProblem(error, file, lines, shift));
  // A bracket left open makes YAML misread everything after it: that one problem is the one to fix.
  const unclosed = all.filter((p) => UNCLOSED_MESSAGE.test(p.message));
  const problems = unclosed.length ? unclosed.filter((p, i) => unclosed.findIndex((q) => q.line === p.line) === i) : all;
  return {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    locate(path, at = 'value') {
      const { offset, found } = offsetOf(doc.contents, path, at);
      const pos = lineCounter.linePos(offset);
      return { line: pos.line + shift, column: pos.col, found };
    },
  };
}

/** Whether `path` leads to a value in parsed YAML data (keys of maps, indexes of lists). */
function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/**
 * A locator for YAML that parsed to `data`, which parses the text again only when asked for a field the data has.
 * The check keeps one for every file, to position the problems other files find in it: keeping each file's parsed
 * document instead held most of a 10,000-section check's memory, for the few files that ever have such a problem.
 * A field the data lacks is not found, at the text's first line (problems about the body, such as its reading
 * length, ask for such fields on many files).
 */
export function lazyLocator(text: string, file: string, data: unknown, firstLine = 1): YamlSource['locate'] {
  let parsed: YamlSource | undefined;
  return (path, at) => (hasPath(data, path) ? (parsed ??= parseFullYamlSource(text, file, firstLine)).locate(path, at) : { line: firstLine, column: 1, found: false });
}
