// Renders Markdown sections in a worker thread during a build's content sync (src/catalog/parallel-render.ts), with
// the same processor and plugins as the build. Plain JavaScript: it registers tsx first, then loads the TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { courseMarkdownProcessor } = await import('./processor.ts');
const renderer = await courseMarkdownProcessor('').createRenderer(workerData.shared);

parentPort.on('message', async ({ id, body, frontmatter, filePath }) => {
  try {
    const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
    parentPort.postMessage({ id, html: code, metadata });
  } catch (error) {
    // The main thread renders this entry again itself, so the build reports Astro's own error for it.
    parentPort.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
