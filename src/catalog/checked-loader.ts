import type { Loader } from 'astro/loaders';

/** Where a build's background content check leaves its verdict (set by scripts/content-check/astro-integration.ts). */
export const CONTENT_CHECK = Symbol.for('failure-modes.content-check');

/** What the build's content check offers a loader: stop with the check's report if it found errors. */
export interface PendingContentCheck {
  stopOnErrors(): Promise<void>;
}

const pendingCheck = () => (globalThis as { [CONTENT_CHECK]?: PendingContentCheck })[CONTENT_CHECK];

/**
 * In a build whose content check runs in the background, stops the build with the check's report (every problem,
 * once, without a stack trace) if it found errors; elsewhere (dev, tests, `npm run check`) it does nothing.
 */
export async function stopOnContentCheckErrors(): Promise<void> {
  await pendingCheck()?.stopOnErrors();
}

/** Whether this process is a build with a background content check (so a problem can wait for its report). */
export const contentCheckPending = (): boolean => pendingCheck() !== undefined;

/**
 * Wraps a collection loader so that, when loading fails on bad content, the build stops with the content check's
 * report (every problem, with file, line, field and fix) rather than only the first error the loader hit. The check
 * runs in the background while content loads; without one (dev, tests) the loader's own error stands.
 */
export function checkedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        await stopOnContentCheckErrors();
        throw error;
      }
    },
  };
}
