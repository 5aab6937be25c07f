// The words of every input warning, in one place, so readers of all formats say the same thing the same way.
import type { WarningCode, WarningCollector, WarningExample } from './problems.js';

/** `1 flow`, `2 flows` (the plural is the noun with an s unless given). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : nouns}`;
}

const SUMMARIES: Partial<Record<WarningCode, (count: number) => string>> = {
  'duplicate-organisation': (n) => `${plural(n, 'row repeats', 'rows repeat')} an organisation id already used: the first row with each id was kept`,
  'self-loop': (n) => `${plural(n, 'self-loop')} (an organisation linked to itself): kept, ignored by every metric`,
  'bad-weight': (n) => `${plural(n, 'flow has', 'flows have')} a weight that is not a positive number: skipped`,
  'bad-date': (n) => `${plural(n, 'flow has', 'flows have')} a date that is not ISO 8601 (2014, 2014-09 or 2014-09-02): kept without a date`,
  trimmed: (n) => `${plural(n, 'id or label has', 'ids or labels have')} spaces around it: trimmed`,
  'bad-flag': (n) => `${plural(n, 'pioneer value is', 'pioneer values are')} not true/false, yes/no, 1/0 or y/n: read as false`,
  'extra-cells': (n) => `${plural(n, 'row has', 'rows have')} more cells than the header has columns: the extra cells were ignored`,
  'missing-id': (n) => `${plural(n, 'row has', 'rows have')} no organisation id where one is needed: skipped`,
  'text-after-quote': (n) =>
    `${plural(n, 'cell has text after its closing quote', 'cells have text after their closing quote')} (not valid CSV): kept exactly as written, quotes included`,
};

/** `a - (no target)`: an edge as its ends name it, for warnings about an edge missing one. */
export function edgeEnds(source: string, target: string): string {
  const end = (id: string, missing: string) => (id.trim() === '' ? missing : id);
  return `${end(source, '(no source)')} - ${end(target, '(no target)')}`;
}

/** Records one occurrence of a warning with its standard wording. */
export function warn(warnings: WarningCollector, code: WarningCode, example: WarningExample): void {
  const summary = SUMMARIES[code];
  if (!summary) throw new Error(`knet: internal: no wording for warning ${code}`);
  warnings.add(code, summary, example);
}

/** Unknown organisations: the summary also says how many organisations were created. */
export function warnUnknown(warnings: WarningCollector, created: () => number, nodesFile: string, example: WarningExample): void {
  warnings.add(
    'unknown-organisation',
    (n) => `${plural(n, 'flow names', 'flows name')} unknown organisations (${plural(created(), 'organisation')} missing from ${nodesFile} added, with no attributes)`,
    example,
  );
}
