// `knet summary`: the SPEC section 5 figures for the whole network, as aligned text for people, or JSON/CSV.
import { weaklyConnected } from '../../isolation/weakly-connected.js';
import { type NetworkSummary, summarise } from '../../metrics/summary.js';
import { csvDocument } from '../csv.js';
import { formatCount, formatNumber, jsonNumber, renderFields, renderTable, toJson } from '../format.js';
import { EI_SCALE, signed, summaryFields } from '../wording.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand } from '../options.js';
import { emit } from '../output.js';
import { computeReport } from '../compute.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['table', 'json', 'csv'] as const;

const HELP = `Usage: knet summary --nodes FILE --edges FILE [options]

The network as a whole: organisations and ties, density, how many separate groups and the share in the
main one, isolates, fragmentation, clustering, average distance, communities and their modularity, and
the E-I index by type, sector and region (do ties stay inside groups, towards -1, or cross them, towards +1).

${commonHelp(FORMATS)}
Examples:
  knet summary --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv
  knet summary --edges flows.csv --directed --format json
`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'the network as a whole: size, density, groups, communities, E-I index',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common } = parseCommand('summary', argv, FORMATS, {}, () => ({}));
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const report = await computeReport(network, common, terminal);
    const summary = summarise(network, report);
    // The one isolation figure a summary reader needs; `knet pioneers` lists them with reasons.
    const weak = weaklyConnected(report).length;
    const text =
      common.format === 'json' ? toJson(summaryJson(summary, weak)) : common.format === 'csv' ? summaryCsv(summary, weak) : summaryText(summary, source, weak);
    await emit(text, common, terminal, 'the summary');
    return 0;
  },
};

export function summaryText(summary: NetworkSummary, source: string, weakPioneers: number): string {
  const parts = [renderFields(summaryFields(summary, source, weakPioneers)), '', EI_SCALE, ''];
  for (const ei of summary.ei) {
    if (ei.groups.length === 0) {
      parts.push(`By ${ei.attribute}: no ${ei.attribute} in the input`, '');
      continue;
    }
    parts.push(`By ${ei.attribute}: ${signed(ei.overall)} overall (${formatCount(ei.internal)} ties inside, ${formatCount(ei.external)} across)`);
    const rows = ei.groups.map((group) => [
      group.group,
      formatCount(group.organisations),
      formatCount(group.internal),
      formatCount(group.external),
      signed(group.ei),
    ]);
    parts.push(
      renderTable(
        [{ header: ei.attribute }, { header: 'organisations', right: true }, { header: 'inside', right: true }, { header: 'across', right: true }, { header: 'E-I', right: true }],
        rows,
        '  ',
      ),
    );
    const { organisations, ties } = ei.unassigned;
    if (organisations > 0) {
      parts.push(`  ${formatCount(organisations)} ${organisations === 1 ? 'organisation has' : 'organisations have'} no ${ei.attribute}; the ${formatCount(ties)} ${ties === 1 ? 'tie' : 'ties'} touching them are left out.`, '');
    }
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export { signed };

export function summaryJson(summary: NetworkSummary, weakPioneers: number) {
  return {
    organisations: summary.organisations,
    ties: summary.ties,
    directed: summary.directed,
    density: jsonNumber(summary.density),
    components: { ...summary.components, largestShare: jsonNumber(summary.components.largestShare) },
    isolates: summary.isolates,
    fragmentation: jsonNumber(summary.fragmentation),
    averageClustering: jsonNumber(summary.averageClustering),
    averageShortestPath: jsonNumber(summary.averageShortestPath),
    communities: { count: summary.communities.count, modularity: jsonNumber(summary.communities.modularity) },
    horizon: summary.horizon,
    medianReach: jsonNumber(summary.medianReach),
    pioneers: summary.pioneers,
    weaklyConnectedPioneers: weakPioneers,
    ei: Object.fromEntries(
      summary.ei.map((ei) => [
        ei.attribute,
        {
          overall: jsonNumber(ei.overall),
          internal: ei.internal,
          external: ei.external,
          groups: ei.groups.map((group) => ({ ...group, ei: jsonNumber(group.ei) })),
          unassigned: ei.unassigned,
        },
      ]),
    ),
  };
}

/** Long format: one figure per row (figure, group, value), for spreadsheets. */
export function summaryCsv(summary: NetworkSummary, weakPioneers: number): string {
  const rows: string[][] = [
    ['organisations', '', String(summary.organisations)],
    ['ties', '', String(summary.ties)],
    ['directed', '', String(summary.directed)],
    ['density', '', formatNumber(summary.density)],
    ['components', '', String(summary.components.count)],
    ['largest_component', '', String(summary.components.largest)],
    ['largest_component_share', '', formatNumber(summary.components.largestShare)],
    ['isolates', '', String(summary.isolates)],
    ['fragmentation', '', formatNumber(summary.fragmentation)],
    ['average_clustering', '', formatNumber(summary.averageClustering)],
    ['average_shortest_path', '', formatNumber(summary.averageShortestPath)],
    ['communities', '', String(summary.communities.count)],
    ['modularity', '', formatNumber(summary.communities.modularity)],
    ['median_reach', '', formatNumber(summary.medianReach)],
    ['pioneers', '', String(summary.pioneers)],
    ['weakly_connected_pioneers', '', String(weakPioneers)],
  ];
  for (const ei of summary.ei) {
    rows.push([`ei_${ei.attribute}`, '', formatNumber(ei.overall)]);
    for (const group of ei.groups) rows.push([`ei_${ei.attribute}`, group.group, formatNumber(group.ei)]);
  }
  return csvDocument(['figure', 'group', 'value'], rows);
}
