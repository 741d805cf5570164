import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import { fork } from 'node:child_process';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../../src/lib/content-error';
import { formatReport, summaryLine } from '../../src/lib/content-report';
import { contentDir } from '../../src/lib/content-paths';
import { CONTENT_CHECK, type PendingContentCheck } from '../../src/catalog/checked-loader';
import { checkContent, type CheckResult } from './index';

/** Errors stop a build (with the same report as `npm run check`); anything else is logged. */
function report(result: CheckResult, logger: AstroIntegrationLogger, stopOnError: boolean): void {
  if (stopOnError && result.errors) {
    // A content mistake is not a crash: print the report and stop, without a stack trace into Astro.
    logger.error(`\n${new ContentError(result.problems, summaryLine(result.problems, result.files)).message}`);
    process.exit(1);
  }
  if (result.problems.length) logger.warn(`\n${formatReport(result.problems, result.files)}`);
  // In dev, say so when a fix has cleared every problem, not only when something is wrong.
  else if (!stopOnError) logger.info(summaryLine(result.problems, result.files));
}

const runCheck = (root: string, logger: AstroIntegrationLogger, stopOnError: boolean) => report(checkContent({ root }), logger, stopOnError);

/** Starts the check in a process of its own (process.mjs), so it runs on another core while Astro loads content. */
function checkInBackground(root: string): Promise<CheckResult> {
  return new Promise((done, fail) => {
    const child = fork(join(root, 'scripts', 'content-check', 'process.mjs'), [JSON.stringify({ root })], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'], serialization: 'advanced' });
    // What the process printed is kept to explain a failure in one line, not shown as a crash (the build goes on).
    let printed = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => { printed += text; });
    child.once('message', (result) => done(result as CheckResult));
    child.once('error', fail);
    child.once('exit', (code) => { // after a result, nothing happens
      const why = printed.split('\n').find((line) => /error/i.test(line))?.trim() ?? `exit code ${code}`;
      fail(new Error(why));
    });
  });
}

/**
 * A build's check: started in the background at setup and awaited before any page is built, or as soon as a
 * collection fails to load (src/catalog/checked-loader.ts), so bad content still stops the build with the report.
 */
function backgroundCheck(root: string, logger: AstroIntegrationLogger): PendingContentCheck & { finish(): Promise<void> } {
  // If the process cannot run (say, tsx is missing), check here instead: slower, same verdict.
  const result = checkInBackground(root).catch((error: unknown) => {
    logger.warn(`The content check ran in the build's own process: its process failed (${error instanceof Error ? error.message : String(error)}).`);
    return checkContent({ root });
  });
  const finish = async () => report(await result, logger, true);
  return { finish, stopOnErrors: finish };
}

/**
 * Runs `npm run check`'s checks inside Astro, so the build stops with the same messages before it
 * builds any page, and `astro dev` reports problems again whenever a content file changes. In a build
 * the check runs in a process of its own while Astro loads content (it was a seventh of a large build).
 * SKIP_CONTENT_CHECK=1 turns it off, for build benchmarks on generated content: the check parses
 * every body a second time (a few ms per file). Schema errors still stop such a build, in Astro's words.
 */
export function contentCheck(): AstroIntegration {
  if (process.env.SKIP_CONTENT_CHECK === '1') return { name: 'content-check', hooks: {} };
  let root = process.cwd();
  let pending: ReturnType<typeof backgroundCheck> | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') runCheck(root, logger, false);
        if (command !== 'build') return;
        pending = backgroundCheck(root, logger);
        (globalThis as { [CONTENT_CHECK]?: PendingContentCheck })[CONTENT_CHECK] = pending;
      },
      'astro:build:start': async () => { await pending?.finish(); },
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
