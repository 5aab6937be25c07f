// `knet brokers --by sector`: Gould-Fernandez brokerage roles per organisation (who brokers between groups,
// and how), with each organisation's E-I index and each group's, so a funder sees which groups keep to themselves.
import { communities } from '../../metrics/node/community.js';
import { eiIndex, type EiIndexResult } from '../../metrics/network/ei-index.js';
import { organisationEiIndex } from '../../metrics/node/organisation-ei.js';
import type { Network } from '../../model/network.js';
import { organisationValue } from '../../model/filter.js';
import { type Brokerage, brokerage, BROKERAGE_ROLES, type BrokerageRole } from '../../weaving/brokerage.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatCount, formatNumber, jsonNumber, plainText, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand, readTop } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { checkGroupingColumn } from '../grouping.js';
import { signed } from './summary.js';

const FORMATS = ['table', 'csv', 'json'] as const;

/** Rows the table shows unless --top says otherwise; CSV and JSON list everyone by default. */
const TABLE_TOP = 20;

/** Output order: the roles a funder asks about first (between groups), then within. */
const ROLE_ORDER: readonly BrokerageRole[] = ['liaison', 'gatekeeper', 'representative', 'itinerant', 'coordinator'];

const UNDIRECTED_NOTE =
  'Undirected network: each open pair a - b - c is brokered both ways, so counts are of ordered pairs, and ' +
  'representative always equals gatekeeper (without direction they are one role: a boundary spanner).';

const HELP = `Usage: knet brokers --nodes FILE --edges FILE [--by type|sector|region|community|COLUMN] [--top N] [options]

Who brokers between groups. An organisation b brokers when knowledge can flow a -> b -> c but a and c
have no tie (Gould and Fernandez 1989, as statnet's sna::brokerage counts it). Its roles, by the groups
of a, b and c:
  liaison              a, b and c in three different groups: connects two groups, belonging to neither
  gatekeeper           a outside, c in b's group: brings outside knowledge in
  representative       a in b's group, c outside: passes its group's knowledge out
  itinerant            a and c in one group, b in another (also called consultant)
  coordinator          all three in one group
Undirected networks: each tie counts both ways, so every open pair is brokered twice, and representative
always equals gatekeeper (without direction the two cannot be told apart: read them as one role).
Each organisation also gets its E-I index: (partners in other groups - partners in its own) / partners,
from -1 (talks only to its own group) to +1 (only to others); and each group its E-I index over ties.
Organisations with no value in the grouping column form one group named "" for the roles, and are left
out of the E-I indices.

  --by GROUPING        type (default), sector, region, community (Louvain), or any column of the nodes file
  --top N              list the N organisations with the most brokerage (default: 20 in the table, all in
                       CSV and JSON)

${commonHelp(FORMATS)}
Examples:
  knet brokers --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --by sector --top 10
  knet brokers --nodes nodes.csv --edges edges.csv --by region --directed --format csv --out brokers.csv
  knet brokers --nodes nodes.csv --edges edges.csv --by community --format json
`;

interface BrokersOptions {
  by: string;
  top: number | undefined;
}

export const brokersCommand: Command = {
  name: 'brokers',
  summary: 'brokerage roles between groups (Gould-Fernandez) and E-I indices, per organisation and group',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<BrokersOptions>(
      'brokers',
      argv,
      FORMATS,
      { by: { type: 'string' }, top: { type: 'string' } },
      (values) => ({ by: readBy(values.by as string | undefined), top: readTop('brokers', values.top as string | undefined) }),
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const grouping = groupingOf(network, extra.by);
    const roles = brokerage(network, { by: grouping.brokerage });
    const ei = organisationEiIndex(network, grouping.ei);
    const groups = eiIndex(network, grouping.ei);
    const top = extra.top ?? (common.format === 'table' ? TABLE_TOP : network.order);
    const order = ranked(roles).slice(0, top);
    const listing: Listing = { network, roles, ei, groups, order, by: extra.by };
    const text = common.format === 'json' ? toJson(brokersJson(listing)) : common.format === 'csv' ? brokersCsv(listing) : brokersText(listing, source);
    if (!common.quiet && !network.directed && common.format !== 'table') terminal.stderr.write(`knet: note: ${UNDIRECTED_NOTE}\n`);
    await emit(text, common, terminal, `brokerage by ${extra.by} (${order.length} organisations)`);
    return 0;
  },
};

function readBy(text: string | undefined): string {
  if (text === undefined) return 'type';
  if (text.trim() === '') throw new UsageError('brokers', '--by needs a column name, such as sector');
  return text.trim();
}


/** The grouping for brokerage (names or an array) and for the E-I indices ('' = no group), or a usage error. */
function groupingOf(network: Network, by: string) {
  if (by === 'community') {
    const { community } = communities(network);
    const names = Array.from(community, (c) => `community ${c}`);
    return { brokerage: names, ei: (_: unknown, i: number) => names[i] };
  }
  checkGroupingColumn(network, 'brokers', by, 'type, sector, region, community');
  return { brokerage: by, ei: (organisation: Network['organisations'][number]) => organisationValue(organisation, by) };
}

/** Most brokerage first; then the rarer roles between groups; then input order. */
function ranked(roles: Brokerage): number[] {
  const { counts } = roles;
  return Array.from(counts.total, (_, v) => v).sort(
    (a, b) => counts.total[b] - counts.total[a] || counts.liaison[b] - counts.liaison[a] || counts.gatekeeper[b] - counts.gatekeeper[a] || a - b,
  );
}

interface Listing {
  network: Network;
  roles: Brokerage;
  ei: Float64Array;
  groups: EiIndexResult;
  order: number[];
  by: string;
}

function brokersText(listing: Listing, source: string): string {
  const { network, roles, ei, groups, order, by } = listing;
  const lines = [`Brokerage by ${plainText(by)} in ${plainText(source)}${network.directed ? ' (directed: knowledge flows from source to target)' : ''}`];
  if (!network.directed) lines.push(UNDIRECTED_NOTE);
  lines.push('');
  if (roles.totals.total === 0) {
    lines.push('No organisation brokers: there is no open two-path a -> b -> c anywhere in the network.');
  } else {
    lines.push(`The ${formatCount(order.length)} organisations that broker most (of ${formatCount(network.order)}):`);
    const rows = order.map((v, rank) => [
      String(rank + 1),
      network.organisations[v].label,
      groupName(roles, v),
      ...ROLE_ORDER.map((role) => formatCount(roles.counts[role][v])),
      formatCount(roles.counts.total[v]),
      signed(ei[v]),
    ]);
    lines.push(
      renderTable(
        [
          { header: '#', right: true },
          { header: 'organisation' },
          { header: by },
          ...ROLE_ORDER.map((role) => ({ header: role, right: true })),
          { header: 'total', right: true },
          { header: 'E-I', right: true },
        ],
        rows,
      ),
    );
    const expected = roles.expected?.network;
    if (expected) {
      lines.push('Whole network against a random network of the same size and density (z above 2: more than chance):');
      lines.push(
        renderTable(
          [{ header: 'role' }, { header: 'count', right: true }, { header: 'expected', right: true }, { header: 'z', right: true }],
          ROLE_ORDER.map((role) => [role, formatCount(roles.totals[role]), formatCount(Math.round(expected.expected[role])), signed(expected.z[role])]),
          '  ',
        ),
      );
    }
  }
  if (groups.groups.length === 0) {
    lines.push(`E-I index by ${plainText(by)}: no organisation has a ${plainText(by)}, so there are no groups to compare.`);
  } else {
    lines.push(`E-I index by ${plainText(by)}: -1 = every tie stays inside the group, +1 = every tie crosses groups; ${signed(groups.overall)} overall`);
    lines.push(
      renderTable(
        [{ header: by }, { header: 'organisations', right: true }, { header: 'inside', right: true }, { header: 'across', right: true }, { header: 'E-I', right: true }],
        groups.groups.map((g) => [g.group, formatCount(g.organisations), formatCount(g.internal), formatCount(g.external), signed(g.ei)]),
        '  ',
      ),
    );
  }
  const { organisations: without, ties } = groups.unassigned;
  if (without > 0) {
    lines.push(
      `  ${formatCount(without)} ${without === 1 ? 'organisation has' : 'organisations have'} no ${plainText(by)}; ` +
        `the ${formatCount(ties)} ${ties === 1 ? 'tie' : 'ties'} touching them ${ties === 1 ? 'is' : 'are'} left out of the E-I index.`,
    );
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function groupName(roles: Brokerage, v: number): string {
  return roles.groups[roles.group[v]];
}

function brokersCsv(listing: Listing): string {
  const { network, roles, ei, order, by } = listing;
  const header = ['rank', 'id', 'label', by, ...ROLE_ORDER, 'total', 'ei', ...ROLE_ORDER.map((role) => `${role}_z`)];
  const rows = order.map((v, rank) => [
    String(rank + 1),
    network.organisations[v].id,
    network.organisations[v].label,
    groupName(roles, v),
    ...ROLE_ORDER.map((role) => formatNumber(roles.counts[role][v])),
    formatNumber(roles.counts.total[v]),
    formatNumber(ei[v]),
    ...ROLE_ORDER.map((role) => formatNumber(roles.expected?.z[role][v] ?? Number.NaN)),
  ]);
  return csvDocument(header, rows);
}

function brokersJson(listing: Listing) {
  const { network, roles, ei, groups, order, by } = listing;
  const expected = roles.expected?.network;
  return {
    by,
    directed: network.directed,
    note: network.directed ? null : UNDIRECTED_NOTE,
    organisations: order.map((v, rank) => ({
      rank: rank + 1,
      id: network.organisations[v].id,
      label: network.organisations[v].label,
      group: groupName(roles, v),
      roles: Object.fromEntries([...BROKERAGE_ROLES, 'total' as const].map((role) => [role, roles.counts[role][v]])),
      z: Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, jsonNumber(roles.expected?.z[role][v] ?? Number.NaN)])),
      ei: jsonNumber(ei[v]),
    })),
    network: {
      roles: roles.totals,
      expected: expected ? Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, jsonNumber(expected.expected[role])])) : null,
      z: expected ? Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, jsonNumber(expected.z[role])])) : null,
    },
    ei: {
      overall: jsonNumber(groups.overall),
      internal: groups.internal,
      external: groups.external,
      groups: groups.groups.map((g) => ({ ...g, ei: jsonNumber(g.ei) })),
      unassigned: groups.unassigned,
    },
  };
}
