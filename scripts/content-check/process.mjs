// Runs the content check in a process of its own, so a build can render content while it runs (astro-integration.ts).
// A process, not a worker thread: the memory the check used (every file parsed, about 0.5 GB at 10,000 sections) goes
// back to the system when it ends, instead of staying with the build's process through its peak.
// Plain JavaScript: it registers tsx first, then loads the TypeScript check.
import { register } from 'tsx/esm/api';

register();
const { checkContent } = await import('./index.ts');
process.send(checkContent(JSON.parse(process.argv[2])), () => process.disconnect());
