// Comparing two exports of the same network (`knet compare BEFORE AFTER`): who joined and left, which ties
// were gained and lost, and who became more or less isolated, for any metrics the caller computed.
export {
  compareNetworks,
  rankChanges,
  COMPARE_DEFAULTS,
  type CompareOptions,
  type MetricPair,
  type NetworkComparison,
  type OrganisationChange,
  type OrganisationStatus,
  type RankedChange,
} from './compare.js';
export type { TieChange } from './ties.js';
