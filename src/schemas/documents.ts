import { z } from 'zod';
import { sectionSchema } from './section';
import { courseSchema } from './course';
import { practiceSchema } from './practice';
import { challengeSchema } from './challenge';
import type { JsonSchemaNode } from '../lib/unknown-fields';

/** The kinds of files contributors write, each with its schema. The check and the field reference read this list. */
export const CONTENT_DOCUMENTS = {
  course: { title: 'Course file', path: 'content/concepts/<course>/course.yaml', schema: courseSchema },
  section: { title: 'Section frontmatter', path: 'content/concepts/<course>/<slug>.md (or .mdx)', schema: sectionSchema },
  practice: { title: 'Practice bank', path: 'content/concepts/<course>/practice.yaml', schema: practiceSchema },
  challenge: { title: 'Challenge frontmatter', path: 'content/challenges/<id>.md', schema: challengeSchema },
} as const;

export type ContentKind = keyof typeof CONTENT_DOCUMENTS;

/** The schema as JSON Schema, describing what authors write (before defaults and transforms). */
export const authoredShape = (kind: ContentKind): JsonSchemaNode =>
  z.toJSONSchema(CONTENT_DOCUMENTS[kind].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
