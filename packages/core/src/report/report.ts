// The report a funder can send (`knet report`, the dashboard's "Export report"): one self-contained HTML
// file with the summary figures, the weakly connected pioneers with reasons and suggested introductions, the
// silo matrix, trends, and a static picture of the map. A pure function of the metrics report and options,
// so the command line and the dashboard write the same file. The page fetches nothing: inline CSS and SVG,
// no script, and a Content-Security-Policy that forbids any fetch even if something slipped in.
import { formatCount } from '../cli/format.js';
import { stepsText } from '../cli/wording.js';
import { median } from '../isolation/ranks.js';
import { weaklyConnected, WEAKLY_CONNECTED_DEFAULTS } from '../isolation/weakly-connected.js';
import { reportColumn, type MetricsReport } from '../metrics/report-types.js';
import { summarise } from '../metrics/summary.js';
import type { PeriodUnit } from '../time/periods.js';
import { trend } from '../time/trend.js';
import { introductions } from '../weaving/introductions.js';
import { esc, fieldList } from './html.js';
import { mapPicture } from './picture.js';
import { pioneersSection, silosSection, summarySection, trendSection, type PioneerListing } from './sections.js';
import { REPORT_CSS } from './style.js';

export const HTML_REPORT_DEFAULTS = {
  /** The silo matrix's and the map's grouping: type, sector, region or any column of the nodes file. */
  by: 'sector',
  /** Suggested introductions per pioneer. */
  top: 3,
  /** The weakly connected bar, as a share of the median reach (as knet pioneers). */
  relative: WEAKLY_CONNECTED_DEFAULTS.relative,
  /** Trend periods. */
  trendBy: 'year' as PeriodUnit,
  /** Pioneers listed with their introductions at most (most isolated first); the count says how many there are. */
  maxPioneers: 25,
};

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlReportOptions extends Partial<typeof HTML_REPORT_DEFAULTS> {
  /** What the network was read from, for the footer: "nodes.csv + edges.csv", "Northfold (sample network)". */
  source: string;
  /** When the report was made (default: now); fixed in tests so the output is the same byte for byte. */
  generated?: Date;
  /** Set when names were replaced with pseudonyms: how many organisations kept theirs. */
  anonymised?: { consented: number };
  /** How the network was cut before the report (--as-of, --window, --without), one line each, for the footer. */
  notes?: readonly string[];
  /** The tool and its version, for the footer. */
  generator?: string;
}

export function reportHtml(report: MetricsReport, options: HtmlReportOptions): string {
  const o = { ...HTML_REPORT_DEFAULTS, ...options };
  const network = report.network;
  if (!Number.isSafeInteger(o.top) || o.top < 1) throw new Error(`knet: report: top must be a whole number, 1 or more, got ${o.top}.`);
  const generated = o.generated ?? new Date();
  const summary = summarise(network, report);
  const weak = weaklyConnected(report, { relative: o.relative });
  const listings: PioneerListing[] = weak.slice(0, o.maxPioneers).map((entry) => ({
    entry,
    introductions: introductions(report, entry.organisation.id, { top: o.top, relative: o.relative }),
  }));
  const medianReach = median(reportColumn(report, 'reach'));
  const byName = o.by;
  const periods = trend(network, { by: o.trendBy, horizon: report.horizon, relative: o.relative });
  const sections = [
    summarySection(summary, weak.length),
    pioneersSection(report, listings, weak.length, o.relative, medianReach),
    silosSection(report, o.by, byName),
    trendSection(periods),
    `<section id="map">\n<h2>The map</h2>\n${mapPicture(network, weak, o.by, byName)}\n</section>`,
  ];
  const privacy = o.anonymised
    ? `Names are pseudonyms${o.anonymised.consented > 0 ? `, except the ${formatCount(o.anonymised.consented)} organisations that consented to be named` : ''}.`
    : '';
  const intro = [
    `${formatCount(summary.organisations)} organisations and ${formatCount(summary.ties)} ties; ${formatCount(weak.length)} of the ${formatCount(summary.pioneers)} pioneers are weakly connected.`,
    privacy,
  ].filter(Boolean);
  const footer: [string, string][] = [
    ['Network', o.source],
    ...(o.notes ?? []).map((note): [string, string] => ['Cut', note]),
    ['Horizon', `${stepsText(report.horizon)} (reach and isolation count organisations within ${stepsText(report.horizon)})`],
    ['Grouping', `${byName} (silo matrix and map colours)`],
    ['Generated', `${longDate(generated)} by ${o.generator ?? 'knet'}`],
  ];
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(`Knowledge network report: ${o.source}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Knowledge network report</h1>
${intro.map((line) => `<p>${esc(line)}</p>`).join('\n')}
<nav aria-label="Sections"><ol>${SECTIONS.map(([id, name]) => `<li><a href="#${id}">${name}</a></li>`).join('')}</ol></nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer>
<p>How this report was made: knet read the network below, computed every figure from it, and drew the map with a seeded layout, so the same files give the same report.</p>
${fieldList(footer)}
</footer>
</body>
</html>
`;
}

/** The table of contents: links within the page (a fragment link fetches nothing). */
const SECTIONS = [['summary', 'The network in figures'], ['pioneers', 'Weakly connected pioneers'], ['silos', 'Silos'], ['trend', 'Trends'], ['map', 'The map']] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 December 2026, 15:20 UTC": the same in every locale and time zone. */
function longDate(date: Date): string {
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${time} UTC`;
}
