import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section';
import { courseSchema } from './schemas/course';
import { challengeSchema } from './schemas/challenge';
import { practiceSchema } from './schemas/practice';

// CONTENT_DIR lets tests and benchmarks build another content tree with the same code.
const base = process.env.CONTENT_DIR ?? './content';
/** Folder name of the course a file sits in: `concepts/<course>/...`. */
const courseFolder = (entry: string) => entry.split('/')[1]!;
/** File name without extension. */
const fileSlug = (entry: string) => entry.split('/').pop()!.replace(/\.(mdx?|ya?ml)$/, '');

export const collections = {
  courses: defineCollection({
    loader: glob({ base, pattern: 'concepts/*/course.yaml', generateId: ({ entry }) => courseFolder(entry) }),
    schema: courseSchema,
  }),
  sections: defineCollection({
    loader: glob({ base, pattern: 'concepts/*/*.{md,mdx}', generateId: ({ entry }) => `${courseFolder(entry)}/${fileSlug(entry)}` }),
    schema: sectionSchema,
  }),
  practice: defineCollection({
    loader: glob({ base, pattern: 'concepts/*/practice.yaml', generateId: ({ entry }) => courseFolder(entry) }),
    schema: practiceSchema,
  }),
  challenges: defineCollection({
    loader: glob({ base, pattern: 'challenges/*.{md,mdx}', generateId: ({ entry }) => fileSlug(entry) }),
    schema: challengeSchema,
  }),
};
