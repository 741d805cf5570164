/**
 * `npm run check`: validates all content without building the site and reports every problem at once.
 * `--format=github` prints GitHub Actions annotations instead of the terminal report.
 * Exit code 1 when any error is found; warnings alone exit 0.
 */
import { checkContent } from './content-check/index';
import { formatReport, githubAnnotations } from '../src/lib/content-report';

const github = process.argv.includes('--format=github') || process.argv.includes('--github');
const started = performance.now();
const result = checkContent();
const output = github ? githubAnnotations(result.problems, result.files) : formatReport(result.problems, result.files);
if (output) console.log(output);
if (!github) console.log(`(checked in ${Math.round(performance.now() - started)} ms)`);
process.exitCode = result.errors > 0 ? 1 : 0;
