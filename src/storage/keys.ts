/**
 * Storage key names: one key per course, section, note or review item, so a write touches
 * only what changed and two tabs working on different things never collide.
 */
export const KEY_KINDS = ['section', 'course', 'note', 'practice', 'review'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export const sectionKey = (courseId: string, sectionId: string) => `section:${courseId}/${sectionId}`;
export const courseKey = (courseId: string) => `course:${courseId}`;
export const noteKey = (courseId: string, sectionId: string) => `note:${courseId}/${sectionId}`;
export const practiceKey = (courseId: string) => `practice:${courseId}`;
export const reviewKey = (courseId: string, questionId: string) => `review:${courseId}/${questionId}`;
export const VERSION_KEY = 'meta:version';
export const BACKUP_PREFIX = 'backup:';

/** The kind of a learner-data key, or undefined for meta and backup keys. */
export function kindOf(key: string): KeyKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return (KEY_KINDS as readonly string[]).includes(kind) ? (kind as KeyKind) : undefined;
}

/** The course a learner-data key belongs to. */
export function courseOf(key: string): string | undefined {
  if (!kindOf(key)) return undefined;
  return key.slice(key.indexOf(':') + 1).split('/')[0];
}
