// @knet/core: the public API. Everything exported here is supported; everything else may change.
// Node-only helpers that touch the file system live in '@knet/core/node'.
export * from './model/index.js';
export * from './io/index.js';
export * from './metrics/index.js';
export * from './isolation/index.js';
export { csrOf, type Csr, type Adjacency } from './engine/csr.js';
export { seededRandom } from './engine/random.js';
export {
  brokerage,
  BROKERAGE_DEFAULTS,
  BROKERAGE_ROLES,
  SNA_ROLE_NAMES,
  type Brokerage,
  type BrokerageGrouping,
  type BrokerageOptions,
  type BrokerageRole,
  type RoleRecord,
} from './weaving/brokerage.js';
export type { BrokerageExpectation } from './weaving/brokerage-expected.js';
export * from './time/index.js';
export * from './compare/index.js';
export * from './privacy/index.js';
export {
  dependence,
  DEPENDENCE_DEFAULTS,
  type Dependence,
  type DependenceFigures,
  type DependenceOptions,
  type OrganisationDependence,
} from './weaving/dependence.js';
