import { randomSource, textSource, type TextSource } from './synthetic-text.ts';

/** One file of a generated content tree, relative to the content folder. */
export interface ContentFile {
  path: string;
  text: string;
}

/** How big a synthetic site to generate. */
export interface SyntheticOptions {
  /** Sections in all. */
  sections: number;
  /** Sections per course; the last course takes the remainder. Real courses have 15 to 20. */
  perCourse?: number;
  seed?: number;
}

const LETTERS = ['A', 'B', 'C', 'D'];
const q = (s: string) => JSON.stringify(s);

function quickCheck(text: TextSource, n: number): string {
  // The right option is never the longest, as the content guide asks (the content check warns otherwise).
  const drafts = LETTERS.map(() => text.sentence(7, 12).slice(0, -1)).sort((a, b) => b.length - a.length);
  const right = n % 4;
  const longest = drafts[0]!.length > drafts[1]!.length ? drafts[0]! : `${drafts[0]} indeed`;
  const wrong = [longest, ...drafts.slice(2)];
  const options = LETTERS.map((letter, i) => `${i === right ? drafts[1] : wrong.shift()} (${letter.toLowerCase()}${n})`);
  return [
    `  - question: ${q(`${text.sentence(12, 20).slice(0, -1)}?`)}`,
    '    options:',
    ...options.map((o) => `      - ${q(o)}`),
    `    answer: ${LETTERS[n % 4]}`,
    `    explanation: ${q(`${text.sentence(15, 25)} ${text.sentence(15, 25)}`)}`,
  ].join('\n');
}

/** The same small example in Python, Java and JavaScript, varied per section so every block is distinct. */
function codeGroup(text: TextSource, n: number): string {
  const service = `${text.word()}-${text.word()}-${n}`.replace(/[^a-z0-9-]/g, '');
  const ms = text.int(2, 40) * 50;
  const python = `import requests

TIMEOUT_SECONDS = ${ms / 1000}  # read timeout for ${service}


def fetch_status_${n}(item_id: str) -> dict:
    url = f"https://${service}.example.com/v1/items/{item_id}"
    try:
        resp = requests.get(url, timeout=(0.3, TIMEOUT_SECONDS))
        resp.raise_for_status()
        return resp.json()
    except requests.exceptions.Timeout:
        return {"status": "unknown", "reason": "timeout after ${ms} ms"}


print(fetch_status_${n}("item-${n}"))`;
  const java = `import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class Status${n} {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://${service}.example.com/v1/items/item-${n}"))
            .timeout(Duration.ofMillis(${ms}))
            .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}`;
  const javascript = `const TIMEOUT_MS = ${ms}; // whole request, including the body

async function fetchStatus${n}(itemId) {
  const url = \`https://${service}.example.com/v1/items/\${itemId}\`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
    return await response.json();
  } catch (error) {
    if (error.name === 'TimeoutError') return { status: 'unknown', reason: 'timeout' };
    throw error;
  }
}

console.log(await fetchStatus${n}('item-${n}'));`;
  return [['python', python], ['java', java], ['javascript', javascript]].map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``).join('\n\n');
}

/** One section file: 300 to 500 words of reading in three headed parts, two quick checks, and (3 in 4) code. */
function section(text: TextSource, order: number, n: number): string {
  const hasCode = n % 4 !== 3;
  const words = text.int(300, 460);
  const reading = [
    text.paragraph(Math.round(words * 0.25)),
    `## ${text.sentence(3, 5).slice(0, -1)}`,
    text.paragraph(Math.round(words * 0.3)),
    text.paragraph(Math.round(words * 0.2)),
    `## ${text.sentence(3, 5).slice(0, -1)}`,
    text.paragraph(Math.round(words * 0.15)),
    `**Takeaway:** ${text.paragraph(Math.round(words * 0.1))}`,
  ];
  const code = hasCode ? ['## Code', text.sentence(), codeGroup(text, n)] : [];
  const frontmatter = [
    '---', `id: section-${n}`, `title: ${q(`${text.sentence(3, 6).slice(0, -1)} ${n}`)}`,
    `summary: ${q(text.sentence(8, 14).slice(0, 150))}`, `order: ${order}`, `code: ${hasCode}`,
    'quiz:', quickCheck(text, 2 * n), quickCheck(text, 2 * n + 1), '---',
  ];
  return `${frontmatter.join('\n')}\n\n${[...reading, ...code].join('\n\n')}\n`;
}

/** Generates courses and sections (numbered from 1) that pass the content schema, deterministically per seed. */
export function* syntheticContent({ sections, perCourse = 20, seed = 1 }: SyntheticOptions): Generator<ContentFile> {
  const text = textSource(randomSource(seed));
  for (let first = 1, c = 1; first <= sections; first += perCourse, c++) {
    const course = `course-${String(c).padStart(4, '0')}`;
    yield {
      path: `concepts/${course}/course.yaml`,
      text: `title: ${q(`Synthetic course ${c}: ${text.sentence(3, 5).slice(0, -1)}`)}\nsummary: ${q(text.sentence(12, 20))}\n` +
        `category: ${c % 2 ? 'system-design' : 'dsa'}\nlevel: intermediate\nchallenges: []\n`,
    };
    for (let n = first; n < first + perCourse && n <= sections; n++) {
      yield { path: `concepts/${course}/section-${String(n).padStart(5, '0')}.md`, text: section(text, n - first + 1, n) };
    }
  }
}
