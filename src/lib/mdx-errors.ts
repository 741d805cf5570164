import type { ContentProblem } from './content-error';

/** Turns an MDX parse error into a problem that says what to write instead. */
export function mdxSyntaxProblem(error: unknown, file: string): ContentProblem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number };
  const reason = e.reason ?? e.message ?? String(error);
  const at = { file, line: e.line, column: e.column, field: 'MDX syntax' };
  if (/before name/.test(reason) && /character `!`/.test(reason)) {
    return { ...at, message: 'an HTML comment (<!-- -->) is not allowed in MDX', hint: 'write an MDX comment instead: {/* note */}, or remove it' };
  }
  if (/before (local )?name/.test(reason)) {
    return { ...at, message: `"<" starts a JSX tag in MDX, but what follows is not a tag name (${reason.split(',')[0]})`, hint: 'write \\< or &lt; for a less-than sign (e.g. \\<3.14 ms), or put the text in backticks' };
  }
  if (/Could not parse expression|Unexpected end of file in expression/.test(reason)) {
    return { ...at, message: `"{" starts a JavaScript expression in MDX, and this one is not valid JavaScript (${reason})`, hint: 'write \\{ and \\} for literal braces, or put the text in backticks' };
  }
  if (/Expected a closing tag/.test(reason)) {
    return { ...at, message: `${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}: MDX needs every tag closed`, hint: 'close the tag (e.g. <br />), or escape the "<" as \\<' };
  }
  return { ...at, message: `MDX cannot parse this: ${reason}`, hint: 'MDX is stricter than Markdown: escape "<" and "{" with a backslash, or use a .md file when the section needs no components' };
}
