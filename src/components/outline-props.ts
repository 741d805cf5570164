import type { CourseOutline } from '../catalog/courses';
import { coursePath, sectionPath } from '../lib/paths';
import { href } from './href';

/** The plain outline islands need to summarise a course (ids, minutes, checks, titles, links). */
export function outlineProps(course: CourseOutline) {
  return {
    practiceIds: course.practice.ids,
    id: course.id,
    title: course.title,
    href: href(coursePath(course.id)),
    practiceMinutes: course.practice.minutes,
    sections: course.sections.map((s) => ({ id: s.id, minutes: s.minutes, checks: s.checks, title: s.title, href: href(sectionPath(course.id, s.slug)) })),
  };
}
