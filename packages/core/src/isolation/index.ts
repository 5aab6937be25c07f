// Isolation: weakly connected pioneers and the reasons, in words, why each is cut off (SPEC section 6).
// Reach and isolation themselves are metrics (src/metrics); this room turns them into a list a funder can act on.
export { weaklyConnected, WEAKLY_CONNECTED_DEFAULTS, type WeakConnection, type WeaklyConnectedOptions } from './weakly-connected.js';
export { reasonContext, reasonsFor, hasLowReach, belowReachBar, REASON_CODES, REASON_DEFAULTS, type IsolationReason, type ReasonCode, type ReasonContext, type ReasonOptions } from './reasons.js';
export { findBrokers, stepsToNearest, BROKER_DEFAULTS } from './brokers.js';
export { median } from './ranks.js';
