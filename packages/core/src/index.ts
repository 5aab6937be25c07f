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
export {
  introductions,
  introducerFor,
  pioneerIntroductions,
  INTRODUCTION_DEFAULTS,
  RELEVANCE,
  type Introducer,
  type Introduction,
  type IntroductionOptions,
  type PioneerIntroductions,
} from './weaving/introductions.js';
export { planIntroductions, PLAN_DEFAULTS, type IntroductionPlan, type PlannedIntroduction, type PlanOptions } from './weaving/plan.js';
export {
  whatIf,
  withTies,
  tieChangesProblem,
  WHATIF_DEFAULTS,
  type NetworkFigures,
  type PioneerIsolation,
  type TieChanges,
  type TiePair,
  type WhatIf,
  type WhatIfOptions,
} from './weaving/whatif.js';
export { formatChange, formatFigure, showFigure, WHATIF_FIGURES } from './weaving/whatif-wording.js';
export { parallelPioneers, PARALLEL_DEFAULTS, type GroupPath, type ParallelOptions, type ParallelTheme, type ThemeGroup } from './weaving/parallel.js';
export * from './time/index.js';
export * from './compare/index.js';
export * from './privacy/index.js';
export * from './drawing/index.js';
export * from './report/index.js';
export {
  dependence,
  DEPENDENCE_DEFAULTS,
  type Dependence,
  type DependenceFigures,
  type DependenceOptions,
  type OrganisationDependence,
} from './weaving/dependence.js';
