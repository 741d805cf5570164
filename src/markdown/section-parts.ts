import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import type { RootContent, Code, Heading } from 'mdast';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { bodyStart } from '../lib/frontmatter';
import { CODE_LANGUAGES, LANGUAGE_ALIASES, canonicalLanguage } from './code-languages';
import { contentCheckPending, stopOnContentCheckErrors } from '../catalog/checked-loader';

/** The heading text that starts a section's Code part. */
export const CODE_HEADING = 'Code';

type Position = { line: number; column: number } | undefined;

/**
 * Number of lines before the Markdown body in the source file (the frontmatter), so positions point into the file.
 * The body's first characters are looked for after the frontmatter, which may quote them (a summary, say).
 */
function bodyLineOffset(path: string, body: string): number {
  try {
    const source = readFileSync(path, 'utf8');
    const at = body.trim() ? source.indexOf(body.trim().slice(0, 200), bodyStart(source)) - (body.length - body.trimStart().length) : -1;
    return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

function isCodeHeading(node: Readonly<RootContent>): node is Heading {
  return node.type === 'heading' && node.depth === 2 && node.children.length === 1 &&
    node.children[0]!.type === 'text' && node.children[0]!.value.trim() === CODE_HEADING;
}

/** Wraps a run of nodes in an element without changing what they render to. */
function wrap(tag: string, properties: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type: 'wrapper', data: { hName: tag, hProperties: properties }, children } as unknown as RootContent;
}

/** One tab of a code group: the block with a caption naming its language. */
function codeTab(code: Code, lang: string): RootContent {
  const caption = wrap('div', { className: ['code-label'] }, [{ type: 'text', value: CODE_LANGUAGES[lang]! } as RootContent]);
  const copy = wrap('button', { type: 'button', className: ['copy-button'], dataCopy: '' }, [{ type: 'text', value: 'Copy' } as RootContent]);
  // A div, not a figure: the page script makes it a tabpanel, a role a figure may not take.
  return wrap('div', { className: ['code-tab'], dataLang: lang }, [caption, copy, { ...code, lang }]);
}

/** Language buttons for a code group; hidden until the page script turns them into tabs. */
function tabStrip(tabs: RootContent[]): RootContent {
  const langs = tabs.map((t) => (t.data as { hProperties: { dataLang: string } }).hProperties.dataLang);
  return wrap('div', { className: ['code-tablist'], dataCodeTablist: '' },
    langs.map((lang) => wrap('button', { type: 'button', className: ['code-tab-button'], dataLang: lang }, [{ type: 'text', value: CODE_LANGUAGES[lang]! } as RootContent])));
}

/** Groups consecutive fenced code blocks into code groups, reporting unknown and repeated languages. */
function groupCode(children: readonly RootContent[], report: (pos: Position, field: string, message: string, hint: string) => void): { nodes: RootContent[]; groups: number } {
  const nodes: RootContent[] = [];
  let groups = 0;
  for (let i = 0; i < children.length; ) {
    if (children[i]!.type !== 'code') {
      nodes.push(children[i++]!);
      continue;
    }
    const tabs: RootContent[] = [];
    const seen = new Set<string>();
    for (; i < children.length && children[i]!.type === 'code'; i++) {
      const code = children[i] as Code;
      const lang = canonicalLanguage(code.lang);
      const pos = code.position?.start;
      if (!lang) {
        report(pos, 'code block', code.lang ? `unknown language "${code.lang}"` : 'code block has no language',
          `start the fence with one of: ${Object.keys(CODE_LANGUAGES).join(', ')} (for example \`\`\`python; shorthands: ${Object.keys(LANGUAGE_ALIASES).join(', ')})`);
        continue;
      }
      if (seen.has(lang)) report(pos, 'code block', `${CODE_LANGUAGES[lang]} appears twice in one code group`, 'put text between the blocks to start a new group, or remove the repeat');
      seen.add(lang);
      tabs.push(codeTab(code, lang));
    }
    groups++;
    nodes.push(wrap('div', { className: ['code-group'], dataCodeGroup: '' }, [tabStrip(tabs), ...tabs]));
  }
  return { nodes, groups };
}

/** How a body splits into parts, and what is wrong with it (positions are the tree's). */
export interface SectionPlan {
  isSection: boolean;
  /** Index of the `## Code` heading among the root's children, or -1. */
  split: number;
  read: RootContent[];
  code: RootContent[];
  /** Not a section and no code group: the body renders as written. */
  unchanged: boolean;
  problems: Array<Omit<ContentProblem, 'file'>>;
}

/**
 * The parts of a body whose root has `children`, and its problems: unknown or repeated code languages and, in section
 * files (frontmatter with a `quiz`), a Code part that does not match the `code` field. Used by the plugin below and by
 * the content check on the tree it parsed already (so the check need not render every body a second time).
 */
export function planSectionParts(children: readonly RootContent[], frontmatter: Record<string, unknown>): SectionPlan {
  const isSection = Array.isArray(frontmatter.quiz);
  const problems: SectionPlan['problems'] = [];
  const report = (pos: Position, field: string, message: string, hint: string) =>
    problems.push({ line: pos?.line, column: pos?.column, field, message, hint });

  const split = isSection ? children.findIndex(isCodeHeading) : -1;
  const read = groupCode(split === -1 ? children : children.slice(0, split), report);
  const code = split === -1 ? { nodes: [], groups: 0 } : groupCode(children.slice(split), report);

  if (isSection && frontmatter.code === true && code.groups === 0) {
    report(undefined, 'code', 'the section is marked `code: true` but has no code examples',
      `add a "## ${CODE_HEADING}" heading followed by fenced code blocks (python, java, javascript), or set \`code: false\``);
  }
  if (isSection && frontmatter.code !== true && split !== -1) {
    report(children[split]!.position?.start, 'code', `the section has a "## ${CODE_HEADING}" part but is not marked \`code: true\``,
      'set `code: true` in the frontmatter, or remove the Code part');
  }
  return { isSection, split, read: read.nodes, code: code.nodes, unchanged: !isSection && read.groups === 0, problems };
}

/**
 * Mdast plugin (Sätteri) for course content: checks code-block languages, groups consecutive code blocks
 * into language tabs and, in section files (frontmatter with a `quiz`), splits the body at the
 * `## Code` heading into a Read part and a Code part. Problems stop the build with file and line.
 */
export const sectionParts = defineMdastPlugin({
  name: 'section-parts',
  // Positions are read for the line numbers of problems.
  options: { position: true },
  before(root, ctx) {
    const frontmatter = ((ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter) ?? {};
    const { isSection, split, read, code, unchanged, problems } = planSectionParts(root.children as RootContent[], frontmatter);
    if (problems.length) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const offset = file ? bodyLineOffset(file, ctx.source) : 0;
      const path = file ? relative(process.cwd(), file) : '(unknown file)';
      const error = new ContentError(problems.map((p) => ({ ...p, file: path, line: p.line === undefined ? undefined : p.line + offset })));
      // In a build, the content check running alongside reports this with every other problem, once, and stops.
      if (contentCheckPending()) return stopOnContentCheckErrors().then(() => { throw error; });
      throw error;
    }
    if (unchanged) return;
    ctx.replaceNode(root, {
      type: 'root',
      children: isSection
        ? [wrap('div', { id: 'part-read', className: ['part'], dataPart: 'read' }, read),
           ...(split === -1 ? [] : [wrap('div', { id: 'part-code', className: ['part'], dataPart: 'code' }, code)])]
        : read,
    });
  },
});
