// `knet introduce ORG` / `knet introduce --pioneers`: who an organisation (or every weakly connected pioneer)
// should meet, best first, each with who could make the introduction and a sentence saying why.
import { percent, plural } from '../../isolation/ranks.js';
import { WEAKLY_CONNECTED_DEFAULTS } from '../../isolation/weakly-connected.js';
import type { MetricsReport } from '../../metrics/report-types.js';
import { reportColumn } from '../../metrics/report-types.js';
import type { Organisation } from '../../model/organisation.js';
import { INTRODUCTION_DEFAULTS, introductions, pioneerIntroductions, type Introduction } from '../../weaving/introductions.js';
import { computeReport } from '../compute.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatNumber, jsonNumber, plainText, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { findOrganisation, organisationName } from '../names.js';
import { parseCommand, readCount, readShare } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { INTRODUCTION_SCORE, introducerText, scoreText } from '../wording.js';

const FORMATS = ['table', 'csv', 'json'] as const;
const { weights } = INTRODUCTION_DEFAULTS;

const HELP = `Usage: knet introduce ORG --nodes FILE --edges FILE [--top 5] [options]
       knet introduce --pioneers --nodes FILE --edges FILE [--top 5] [options]

Suggests whom an organisation should meet: organisations it has no tie with, best first, each with who
could make the introduction (an organisation that works with both, or sits between them) and one sentence
saying why. ORG is an id, or a label only one organisation has. The score (docs/weaving.md) is
  ${weights.relevance} × relevance     shared themes (any shared theme outranks a shared sector alone), then sector
+ ${weights.reach} × reach gain    how much nearer the rest of the network the tie brings ORG within --horizon
                     steps, recomputed exactly, as a share of the best candidate's gain
+ ${weights.brokerage} × brokerage     the candidate's betweenness percentile

  ORG                  the organisation to find introductions for (its input must then be given with
                       --nodes/--edges or --file)
  --pioneers           every weakly connected pioneer instead (as knet pioneers lists them)
  --relative R         with --pioneers: the weakly connected bar (default ${WEAKLY_CONNECTED_DEFAULTS.relative})
  --top N              suggestions per organisation (default ${INTRODUCTION_DEFAULTS.top})

${commonHelp(FORMATS)}
Examples:
  knet introduce --pioneers --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv
  knet introduce tarnside-community-transport-mutual --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --top 3
  knet introduce "Wigan Council" --nodes nodes.csv --edges edges.csv --format csv --out introductions.csv
`;

interface IntroduceOptions {
  organisation?: string;
  pioneers: boolean;
  relative: number;
  top: number;
}

interface Listing {
  organisation: Organisation;
  reach: number;
  introductions: readonly Introduction[];
}

export const introduceCommand: Command = {
  name: 'introduce',
  summary: 'whom an organisation (or each weakly connected pioneer) should meet, and who could introduce them',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<IntroduceOptions>(
      'introduce',
      argv,
      FORMATS,
      { pioneers: { type: 'boolean' }, relative: { type: 'string' }, top: { type: 'string' } },
      (values, positionals) => {
        if (positionals.length > 1) throw new UsageError('introduce', `expected one organisation, got ${positionals.length}: ${positionals.join(' ')}`);
        // A bare word here is ORG, so a file given without --edges would be read as an organisation.
        const file = positionals.find((word) => /\.(csv|tsv|txt|gexf|graphml|json)$/i.test(word));
        if (file !== undefined) throw new UsageError('introduce', `"${file}" looks like a file: give the input as --edges FILE (or --file FILE); a bare word is the organisation`);
        const pioneers = Boolean(values.pioneers);
        if (pioneers === (positionals.length === 1)) {
          throw new UsageError('introduce', pioneers ? 'give an organisation or --pioneers, not both' : 'give an organisation (its id) or --pioneers');
        }
        if (values.relative !== undefined && !pioneers) throw new UsageError('introduce', '--relative only applies with --pioneers');
        return {
          organisation: positionals[0],
          pioneers,
          relative: readShare('introduce', 'relative', values.relative as string | undefined, WEAKLY_CONNECTED_DEFAULTS.relative),
          top: readCount('introduce', 'top', values.top as string | undefined, INTRODUCTION_DEFAULTS.top),
        };
      },
      'own',
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    // Checked before the metrics, so a mistyped id fails at once.
    const chosen = extra.organisation === undefined ? -1 : findOrganisation(network, 'introduce', extra.organisation, 'ORG');
    const report = await computeReport(network, common, terminal);
    const reach = reportColumn(report, 'reach');
    const listings: Listing[] = extra.pioneers
      ? pioneerIntroductions(report, { top: extra.top, relative: extra.relative }).map((entry) => ({
          organisation: entry.pioneer.organisation,
          reach: entry.pioneer.reach,
          introductions: entry.introductions,
        }))
      : [{ organisation: network.organisations[chosen], reach: reach[chosen], introductions: introductions(report, network.organisations[chosen].id, { top: extra.top }) }];
    const text =
      common.format === 'json' ? toJson(introduceJson(report, listings)) : common.format === 'csv' ? introduceCsv(listings) : introduceText(report, listings, source, extra);
    const count = listings.reduce((total, listing) => total + listing.introductions.length, 0);
    await emit(text, common, terminal, plural(count, 'introduction', 'introductions'));
    return 0;
  },
};

function introduceText(report: MetricsReport, listings: readonly Listing[], source: string, options: IntroduceOptions): string {
  const steps = plural(report.horizon, 'step', 'steps');
  const lines = [`Introductions in ${plainText(source)}`, INTRODUCTION_SCORE, ''];
  if (options.pioneers && listings.length === 0) {
    lines.push('No pioneer is weakly connected: nobody to introduce (see knet pioneers).');
    return `${lines.join('\n')}\n`;
  }
  for (const listing of listings) {
    lines.push(`${plainText(organisationName(listing.organisation))}: reaches ${percent(listing.reach)} of the network within ${steps}`);
    if (listing.introductions.length === 0) lines.push('  already tied to every other organisation', '');
    listing.introductions.forEach((entry, rank) => {
      lines.push(`  ${rank + 1}. ${plainText(organisationName(entry.partner))}  (score ${scoreText(entry.score)})`);
      lines.push(`     ${plainText(entry.explanation)}`);
      lines.push(`     ${plainText(introducerText(entry))}`);
    });
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function introduceCsv(listings: readonly Listing[]): string {
  const header = [
    'organisation_id', 'organisation_label', 'rank', 'partner_id', 'partner_label', 'score', 'relevance', 'shared_themes', 'same_sector',
    'reach_before', 'reach_after', 'reach_gain', 'betweenness_percentile', 'broker', 'introducer_id', 'introducer_label', 'explanation', 'introduction',
  ];
  const rows = listings.flatMap((listing) =>
    listing.introductions.map((entry, rank) => [
      listing.organisation.id,
      listing.organisation.label,
      String(rank + 1),
      entry.partner.id,
      entry.partner.label,
      formatNumber(entry.score),
      formatNumber(entry.relevance.value),
      entry.relevance.sharedThemes.join(';'),
      String(entry.relevance.sameSector),
      formatNumber(entry.reach.before),
      formatNumber(entry.reach.after),
      formatNumber(entry.reach.gain),
      formatNumber(entry.brokerage.percentile),
      String(entry.brokerage.broker),
      entry.introducer?.organisation.id ?? '',
      entry.introducer?.organisation.label ?? '',
      entry.explanation,
      entry.introducer?.text ?? '',
    ]),
  );
  return csvDocument(header, rows);
}

function introduceJson(report: MetricsReport, listings: readonly Listing[]) {
  return {
    horizon: report.horizon,
    weights,
    organisations: listings.map((listing) => ({
      id: listing.organisation.id,
      label: listing.organisation.label,
      reach: jsonNumber(listing.reach),
      introductions: listing.introductions.map((entry, rank) => ({
        rank: rank + 1,
        id: entry.partner.id,
        label: entry.partner.label,
        score: jsonNumber(entry.score),
        relevance: { value: entry.relevance.value, sharedThemes: entry.relevance.sharedThemes, sameSector: entry.relevance.sameSector },
        reach: { before: jsonNumber(entry.reach.before), after: jsonNumber(entry.reach.after), gain: jsonNumber(entry.reach.gain), value: jsonNumber(entry.reach.value) },
        brokerage: {
          betweenness: jsonNumber(entry.brokerage.betweenness),
          percentile: jsonNumber(entry.brokerage.percentile),
          broker: entry.brokerage.broker,
          between: entry.brokerage.between,
        },
        introducer: entry.introducer && {
          id: entry.introducer.organisation.id,
          label: entry.introducer.organisation.label,
          stepsToOrganisation: entry.introducer.stepsToOrganisation,
          stepsToPartner: entry.introducer.stepsToPartner,
          text: entry.introducer.text,
        },
        explanation: entry.explanation,
      })),
    })),
  };
}
