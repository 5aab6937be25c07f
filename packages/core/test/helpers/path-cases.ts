// Hand-built networks for path-metric tests, small enough that their expected values are derived by hand
// (in each test's comments) from the NetworkX definitions.
import { createNetwork } from '../../src/model/builder.js';
import type { Network } from '../../src/model/network.js';

/**
 * a→b (twice: merged), b→c, c→a, c→d, a→a (self-loop), e→f, g→g (an isolate with a self-loop):
 * a directed 3-cycle with a tail d, a separate pair e→f and an isolate g; n = 7.
 */
export function cycleWithTail(directed: boolean): Network {
  return createNetwork({
    directed,
    organisations: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id })),
    flows: [['a', 'b'], ['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['a', 'a'], ['e', 'f'], ['g', 'g']].map(
      ([source, target]) => ({ source, target }),
    ),
  });
}
