import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../../src/lib/content-error';
import { formatReport, summaryLine } from '../../src/lib/content-report';
import { contentDir } from '../../src/lib/content-paths';
import { checkContent } from './index';

/** Runs the content check; errors stop a build (with the same report as `npm run check`), anything else is logged. */
function runCheck(root: string, logger: AstroIntegrationLogger, stopOnError: boolean): void {
  const result = checkContent({ root });
  if (stopOnError && result.errors) {
    // A content mistake is not a crash: print the report and stop, without a stack trace into Astro.
    logger.error(`\n${new ContentError(result.problems, summaryLine(result.problems, result.files)).message}`);
    process.exit(1);
  }
  if (result.problems.length) logger.warn(`\n${formatReport(result.problems, result.files)}`);
}

/**
 * Runs `npm run check`'s checks inside Astro, so the build stops with the same messages before
 * it loads any content, and `astro dev` reports problems again whenever a content file changes.
 * SKIP_CONTENT_CHECK=1 turns it off, for build benchmarks on generated content: the check parses
 * every body a second time (a few ms per file). Schema errors still stop such a build, in Astro's words.
 */
export function contentCheck(): AstroIntegration {
  if (process.env.SKIP_CONTENT_CHECK === '1') return { name: 'content-check', hooks: {} };
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        runCheck(root, logger, command === 'build');
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = resolve(root, contentDir()) + sep;
        const recheck = (file: string) => {
          if (!file.startsWith(watched)) return;
          try {
            runCheck(root, logger, false);
          } catch (error) {
            // A file caught mid-save can vanish between listing and reading; the next change checks again.
            logger.error(`content check failed to run: ${(error as Error).message}`);
          }
        };
        server.watcher.on('change', recheck).on('add', recheck).on('unlink', recheck);
      },
    },
  };
}
