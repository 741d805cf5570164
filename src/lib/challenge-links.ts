/** The facts about a challenge needed to link sections back to it. */
export interface ChallengeRef {
  id: string;
  /** Id of the course whose sections it draws on. */
  course: string;
  /** Ids of the sections it draws on. */
  sections: string[];
}

/** Key of a section in the map below: `<courseId>/<sectionId>`. */
export const sectionRefKey = (courseId: string, sectionId: string) => `${courseId}/${sectionId}`;

/**
 * Inverts challenge frontmatter: for each section, the ids of the challenges that draw on it,
 * in the order the challenges are given (a course's display order), each at most once.
 */
export function challengesBySection(challenges: ChallengeRef[]): Map<string, string[]> {
  const bySection = new Map<string, string[]>();
  for (const challenge of challenges) {
    for (const section of new Set(challenge.sections)) {
      const key = sectionRefKey(challenge.course, section);
      bySection.set(key, [...(bySection.get(key) ?? []), challenge.id]);
    }
  }
  return bySection;
}
