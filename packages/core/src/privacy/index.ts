// Privacy: relationship data about named organisations can be sensitive. anonymise() replaces names with
// stable pseudonyms everywhere except for organisations that consented, and returns the mapping separately.
export { anonymise, ANONYMISE_DEFAULTS, type AnonymiseOptions, type Anonymised, type PseudonymEntry } from './anonymise.js';
export type { PseudonymStyle } from './pseudonyms.js';
