// Change over time: the network as of a date, over the last N months, and the periods for trends.
// Rule throughout: a flow's partial date is the start of its period; a cut-off's partial date is its end.
export { asOf, AS_OF_DEFAULTS } from './as-of.js';
// Not named `window`: importing that name would shadow the browser global in the dashboard.
export { timeWindow, TIME_WINDOW_DEFAULTS } from './window.js';
export { periods, type Period, type PeriodUnit } from './periods.js';
export type { TimeSlice, UndatedFlows } from './slice.js';
export { parseDate as parseFlowDate, formatDay, type ParsedDate, type DatePrecision } from './dates.js';
export { trend, TREND_DEFAULTS, type Trend, type TrendMembers, type TrendOptions, type TrendPeriod, type PioneerInPeriod } from './trend.js';
