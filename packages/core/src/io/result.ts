// What every reader returns: the network, the warnings about its input (as data, never printed), the format read.
import type { Network } from '../model/network.js';
import type { InputWarning } from './problems.js';
import type { NetworkFormat } from './source.js';

export interface ReadResult {
  network: Network;
  /** One entry per kind of problem, with counts and the first places (SPEC section 3). */
  warnings: InputWarning[];
  format: NetworkFormat;
}
