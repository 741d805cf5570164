import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section';
import { courseSchema } from './schemas/course';
import { challengeSchema } from './schemas/challenge';
import { practiceSchema } from './schemas/practice';
import { CONTENT_PATTERNS, contentDir, courseFolder, fileSlug } from './lib/content-paths';
import { checkedLoader } from './catalog/checked-loader';
import { keepRenderedHtmlAside } from './catalog/rendered-aside';
import { renderMarkdownInWorkers } from './catalog/parallel-render';
import { readFrontmatterQuickly } from './catalog/quick-frontmatter';

const base = contentDir();

export const collections = {
  courses: defineCollection({
    loader: checkedLoader(glob({ base, pattern: CONTENT_PATTERNS.courses, generateId: ({ entry }) => courseFolder(entry) })),
    schema: courseSchema,
  }),
  sections: defineCollection({
    loader: checkedLoader(keepRenderedHtmlAside(renderMarkdownInWorkers(readFrontmatterQuickly(glob({ base, pattern: CONTENT_PATTERNS.sections, generateId: ({ entry }) => `${courseFolder(entry)}/${fileSlug(entry)}` }))))),
    schema: sectionSchema,
  }),
  practice: defineCollection({
    loader: checkedLoader(glob({ base, pattern: CONTENT_PATTERNS.practice, generateId: ({ entry }) => courseFolder(entry) })),
    schema: practiceSchema,
  }),
  challenges: defineCollection({
    loader: checkedLoader(glob({ base, pattern: CONTENT_PATTERNS.challenges, generateId: ({ entry }) => fileSlug(entry) })),
    schema: challengeSchema,
  }),
};
