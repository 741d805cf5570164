import { describe, expect, it } from 'vitest';
import { astroDuration, astroPhases } from '../../../scripts/perf/bench-site';

describe('astroDuration', () => {
  it.each([['870ms', 0.87], ['20.30s', 20.3], ['5m 48s', 348], ['1m 7s', 67], ['2m', 120]])('%s is %d s', (text, seconds) => {
    expect(astroDuration(text)).toBeCloseTo(seconds);
  });
  it('is NaN for anything else', () => expect(astroDuration('soon')).toBeNaN());
});

describe('astroPhases', () => {
  it('reads content sync, bundling and page generation from an astro build log', () => {
    const log = `18:36:18 [build] Collecting build info...
18:36:18 [build] \x1b[32m✓ Completed in 5m 48s.\x1b[39m
18:36:18 [build] Building static entrypoints...
18:37:31 [vite] ✓ built in 1m 13s
18:37:35 [vite] ✓ built in 870ms
18:37:35 [build] Rearranging server assets...

 generating static routes 
18:38:00   ├─ /concepts/a/index.html (+2ms)
18:43:56 ✓ Completed in 6m 21s.

18:43:56 [build] ✓ Completed in 7m 38s.
`;
    const phases = astroPhases(log);
    expect(phases.content).toBe(348);
    expect(phases.bundle).toBeCloseTo(73.87);
    expect(phases.pages).toBe(381);
  });
});
