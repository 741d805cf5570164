/** A repository's web address and the branch contributors edit. */
export interface Repository {
  url: string;
  branch: string;
}

/** The "Edit this page" address of a file (path relative to the repository root). */
export function editUrl(repository: Repository, filePath: string): string {
  const path = filePath.split(/[\\/]/).filter((part) => part && part !== '.').map(encodeURIComponent).join('/');
  return `${repository.url.replace(/\/+$/, '')}/edit/${encodeURIComponent(repository.branch)}/${path}`;
}

/** A commit date as readers see it: "12 March 2025" (UTC, so every build prints the same day). */
export function formatUpdated(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(isoDate));
}

/**
 * Reads `git log --format=%x00%cI --name-only` output (newest commit first) into each file's
 * latest commit date. The first date seen for a file is its last change.
 */
export function lastChangeByFile(gitLog: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of gitLog.split('\n')) {
    if (line.startsWith('\0')) current = line.slice(1).trim();
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}
