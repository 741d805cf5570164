import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { markdownToMdast } from 'satteri';
import type { ContentProblem } from '../../src/lib/content-error';
import { lazyLocator, parseYamlSource, topLevelValue } from '../../src/lib/yaml-source';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { problemsFromIssues, type FieldLocator } from '../../src/lib/zod-problems';
import { describeUnknownField, findUnknownFields, type JsonSchemaNode } from '../../src/lib/unknown-fields';
import { lintBody, readingLength, type LinkRef } from '../../src/lib/markdown-lint';
import { placeholderProblems } from '../../src/lib/scaffold';
import { mdxSyntaxProblem } from '../../src/lib/mdx-errors';
import { MARKDOWN_FEATURES } from '../../src/markdown/processor';
import { planSectionParts } from '../../src/markdown/section-parts';
import { CONTENT_DOCUMENTS, authoredShape, type ContentKind } from '../../src/schemas/documents';

/** One content file after its own checks: parsed data (when valid), links to resolve, and problems. */
export interface CheckedFile {
  kind: ContentKind;
  /** Path relative to the project root, as problems name it. */
  file: string;
  /** Path relative to the content folder, as the build's collection patterns see it. */
  entry: string;
  /** Validated data (after defaults and transforms), or undefined when the schema rejected it. */
  data?: Record<string, unknown>;
  /** The data as written, even when invalid: enough to tell other files which ids exist. */
  raw?: Record<string, unknown>;
  locate?: FieldLocator;
  links: LinkRef[];
  /** Images the body shows from the content folder (relative paths), as written. */
  images: LinkRef[];
  problems: ContentProblem[];
}

const shapes = new Map<ContentKind, JsonSchemaNode>();
const shapeOf = (kind: ContentKind) => shapes.get(kind) ?? shapes.set(kind, authoredShape(kind)).get(kind)!;

/** Schema problems and unknown fields for parsed YAML, each positioned at its field. */
function validate(kind: ContentKind, raw: unknown, file: string, locate: FieldLocator) {
  const result = CONTENT_DOCUMENTS[kind].schema.safeParse(raw);
  const problems = result.success ? [] : problemsFromIssues(file, result.error.issues, locate);
  for (const unknown of findUnknownFields(raw, shapeOf(kind))) {
    const { line, column } = locate(unknown.path, 'key');
    problems.push({ file, line, column, ...describeUnknownField(unknown) });
  }
  return { data: result.success ? (result.data as Record<string, unknown>) : undefined, problems };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The body's syntax tree, with positions for the body rules. Markdown is parsed by Sätteri, the build's own parser
 * (several times faster than remark, which was half the check's time); MDX by remark-mdx, whose syntax errors
 * mdxSyntaxProblem knows how to explain.
 */
const parseBody = (body: string, mdx: boolean): Root =>
  mdx ? mdxParser.parse(body) : (markdownToMdast(withoutLeadingIndent(body), { features: MARKDOWN_FEATURES }) as Root);

/**
 * A Markdown body as the build renders it: Astro trims a `.md` body, so indentation before its first text is not a
 * code block there. Only that indentation goes (lines keep their numbers).
 */
function withoutLeadingIndent(body: string): string {
  const first = body.search(/\S/);
  const lineStart = body.lastIndexOf('\n', first - 1) + 1;
  return first > lineStart ? body.slice(0, lineStart) + body.slice(first) : body;
}

/** Parses a body, then runs the body rules and the build's own structural rules on its tree. */
function checkBody(kind: ContentKind, body: string, frontmatter: unknown, path: string, file: string) {
  const mdx = path.endsWith('.mdx');
  let tree: Root;
  try {
    tree = parseBody(body, mdx);
  } catch (error) {
    return { problems: [mdxSyntaxProblem(error, file)], links: [], images: [] };
  }
  const { problems, links, images } = lintBody(tree, { file, startDepth: kind === 'challenge' ? 2 : 1, mdx });
  if (kind === 'section') problems.push(...readingLength(body, file));
  // The build's own structural rules, on the tree parsed above (its positions are the file's: the body keeps its lines).
  problems.push(...planSectionParts(tree.children, asRecord(frontmatter) ?? {}).problems.map((p) => ({ ...p, file })));
  return { problems, links, images };
}

type FileChecks = Pick<CheckedFile, 'data' | 'raw' | 'locate' | 'problems'> & { links?: LinkRef[]; images?: LinkRef[] };
const idAsWritten = (yaml: string) => {
  const id = topLevelValue(yaml, 'id');
  return id === undefined ? undefined : { id };
};
const asRecord = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined);

/** YAML files are data only; Markdown files have frontmatter, checked like YAML, and a body. */
function checkSource(kind: ContentKind, source: string, path: string, file: string): FileChecks {
  if (kind === 'course' || kind === 'practice') {
    const yaml = parseYamlSource(source, file);
    if (yaml.problems.length) return { problems: yaml.problems };
    return { locate: lazyLocator(source, file, yaml.data), raw: asRecord(yaml.data), ...validate(kind, yaml.data, file, yaml.locate) };
  }
  const parts = splitFrontmatter(source, file);
  if ('problem' in parts) return { problems: [parts.problem] };
  // The same parser as the build: the quick one for Markdown sections only (src/catalog/quick-frontmatter.ts).
  const yaml = parseYamlSource(parts.yaml, file, parts.yamlFirstLine, { quick: kind === 'section' && !path.endsWith('.mdx') });
  const checked = yaml.problems.length ? { data: undefined, problems: yaml.problems } : validate(kind, yaml.data, file, yaml.locate);
  const body = checkBody(kind, parts.body, yaml.data, path, file);
  // Frontmatter that does not parse still names its id, so files that refer to it get no second, false error.
  const raw = asRecord(yaml.data) ?? idAsWritten(parts.yaml);
  return { locate: lazyLocator(parts.yaml, file, yaml.data, parts.yamlFirstLine), data: checked.data, raw, links: body.links, images: body.images, problems: [...checked.problems, ...body.problems] };
}

/** Reads and checks one file of the given kind (`entry` is relative to the content folder). */
export function checkFile(kind: ContentKind, root: string, contentDir: string, entry: string): CheckedFile {
  const path = resolve(root, contentDir, entry);
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const checked = checkSource(kind, source, path, file);
  return { kind, file, entry, links: [], images: [], ...checked, problems: [...checked.problems, ...placeholderProblems(source, file)] };
}
