/**
 * Deterministic filler text for benchmarks: common technical words in a Zipf-like mix, plus rare invented
 * words, so that a search index over thousands of sections grows the way one over real prose does.
 */

/** A seeded pseudo-random generator: the same seed gives the same content on every machine. */
export { seededRandom as randomSource } from '../../src/lib/shuffle.ts';

const COMMON = `the a of to and in is that for it on with as be by this are or an at from when its which not
can one every but if so than each then all more it's two no only after before while because into over they
request service client server timeout retry call network database cache queue replica leader follower node
partition latency error failure response connection thread pool load traffic deadline budget backoff jitter
primary write read commit transaction lock lease heartbeat election quorum message broker consumer producer
circuit breaker fallback degrade health check probe restart crash process memory disk packet socket handshake
gateway proxy balancer region zone cluster shard key value record log offset snapshot checkpoint schema
payment order checkout inventory user session token rate limit burst spike p99 median tail percentile second
millisecond minute alert dashboard metric trace span incident outage deploy rollback canary version config
idempotent duplicate ordering clock drift skew lag throughput capacity saturation queueing slow fast safe
stale fresh consistent available durable eventual strong weak hard soft upstream downstream caller callee
waits sends returns fails succeeds drops holds opens closes grows shrinks measures chooses sets keeps loses`.split(/\s+/);

const SYLLABLES = 'ka lo mi ren tu vas pe dor shi nal bri cu fen gar hol jun kep lim mor nuv pra quo sel tir'.split(' ');

/** Words and sentences drawn from one random source. */
export interface TextSource {
  word(): string;
  /** A sentence of `min` to `max` words, capitalised, ending with a full stop. */
  sentence(min?: number, max?: number): string;
  /** Sentences making a paragraph of about `words` words. */
  paragraph(words: number): string;
  /** A whole number from `min` to `max`. */
  int(min: number, max: number): number;
}

/** Builds a text source on a seeded random generator. */
export function textSource(random: () => number): TextSource {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // rank^-1 weights approximate word frequencies in English prose.
  const weights = COMMON.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const common = () => {
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return COMMON[i]!;
    return COMMON[0]!;
  };
  const rare = () => Array.from({ length: int(2, 4) }, () => SYLLABLES[int(0, SYLLABLES.length - 1)]).join('');
  const word = () => (random() < 0.04 ? rare() : common());
  const sentence = (min = 8, max = 18) => {
    const words = Array.from({ length: int(min, max) }, word).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  const paragraph = (words: number) => {
    const out: string[] = [];
    for (let n = 0; n < words; ) {
      const s = sentence(Math.min(8, words - n), Math.min(18, Math.max(8, words - n)));
      out.push(s);
      n += s.split(' ').length;
    }
    return out.join(' ');
  };
  return { word, sentence, paragraph, int };
}
