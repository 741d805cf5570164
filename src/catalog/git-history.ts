import { execFileSync } from 'node:child_process';
import { lastChangeByFile } from '../lib/page-source';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/**
 * The last commit date of every file under `dir`, keyed by path relative to the working directory,
 * from a single `git log` for the whole build. Empty (so pages show no date) when git or its history
 * is missing, and in a shallow clone, where every file would wrongly show the clone's one commit.
 */
export function lastCommitDates(dir: string): Map<string, string> {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return new Map();
    return lastChangeByFile(git(['log', '--format=%x00%cI', '--name-only', '--relative', '--', dir]));
  } catch {
    return new Map();
  }
}
