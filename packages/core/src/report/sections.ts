// The report's sections, each from the same functions and wording as its command: summary figures
// (`knet summary`), weakly connected pioneers with reasons and introductions (`knet pioneers`, `knet
// introduce --pioneers`), the silo matrix (groupMatrix, E-I index), and trends (`knet trend`).
import { formatCount, plainText } from '../cli/format.js';
import { organisationName } from '../cli/names.js';
import {
  EI_SCALE, INTRODUCTION_SCORE, introducerText, NO_DATED_FLOWS, NO_PIONEERS_MARKED, pioneerFacts, scoreText, signed, summaryFields, trendTable, weakDefinition,
} from '../cli/wording.js';
import { percent } from '../isolation/ranks.js';
import type { WeakConnection } from '../isolation/weakly-connected.js';
import { eiIndex, type Grouping } from '../metrics/network/ei-index.js';
import { groupMatrix } from '../metrics/network/group-matrix.js';
import type { MetricsReport } from '../metrics/report-types.js';
import type { NetworkSummary } from '../metrics/summary.js';
import type { Trend } from '../time/trend.js';
import type { Introduction } from '../weaving/introductions.js';
import { matrixCellColours } from './colours.js';
import { esc, fieldList, paragraph, section, table } from './html.js';
import { trendChart } from './trend-chart.js';

export function summarySection(summary: NetworkSummary, weakPioneers: number): string {
  // The network's name is in the footer, with how the report was made.
  const fields = summaryFields(summary, '', weakPioneers, 'listed below, with reasons').filter(([label]) => label !== 'Network');
  const rows = summary.ei.map((ei) =>
    ei.groups.length === 0
      ? [ei.attribute, `no ${ei.attribute} in the input`, '–', '–']
      : [ei.attribute, signed(ei.overall), formatCount(ei.internal), formatCount(ei.external)],
  );
  return section('summary', 'The network in figures', [
    fieldList(fields),
    paragraph(EI_SCALE),
    table([{ header: 'by' }, { header: 'E-I', right: true }, { header: 'ties inside', right: true }, { header: 'ties across', right: true }], rows, 'ei'),
  ]);
}

export interface PioneerListing {
  entry: WeakConnection;
  introductions: readonly Introduction[];
}

export function pioneersSection(report: MetricsReport, listings: readonly PioneerListing[], found: number, relative: number, medianReach: number): string {
  const pioneers = report.network.organisations.filter((organisation) => organisation.pioneer).length;
  const [definition, bar] = weakDefinition(relative, medianReach, report.horizon);
  const body = [paragraph(`${definition} ${bar}`)];
  if (pioneers === 0) {
    body.push(paragraph(`${NO_PIONEERS_MARKED}.`));
  } else if (found === 0) {
    body.push(paragraph(`None of the ${formatCount(pioneers)} pioneers is weakly connected.`));
  } else {
    const shown = listings.length < found ? `; the ${formatCount(listings.length)} most isolated are listed` : '';
    body.push(paragraph(`${formatCount(found)} of the ${formatCount(pioneers)} pioneers, most isolated first${shown}. For each, the introductions that would help most. ${INTRODUCTION_SCORE}`));
    body.push(`<ol class="pioneers">\n${listings.map((listing) => pioneerItem(report, listing)).join('\n')}\n</ol>`);
  }
  return section('pioneers', 'Weakly connected pioneers', body);
}

function pioneerItem(report: MetricsReport, { entry, introductions }: PioneerListing): string {
  const reasons = entry.reasons.map((reason) => `<li>${esc(plainText(reason.text))}</li>`).join('');
  const suggestions =
    introductions.length === 0
      ? '<p>Already tied to every other organisation.</p>'
      : `<table class="introductions"><thead><tr><th scope="col">suggested introduction</th><th scope="col" class="n">score</th><th scope="col">why</th><th scope="col">who could introduce them</th></tr></thead><tbody>\n${introductions
          .map(
            (intro) =>
              `<tr><td>${esc(plainText(organisationName(intro.partner)))}</td><td class="n">${esc(scoreText(intro.score))}</td><td>${esc(plainText(intro.explanation))}</td><td>${esc(plainText(introducerText(intro)))}</td></tr>`,
          )
          .join('\n')}\n</tbody></table>`;
  return `<li class="pioneer"><h3>${esc(plainText(organisationName(entry.organisation)))}</h3>\n<p class="facts">${esc(plainText(pioneerFacts(entry, report.horizon)))}</p>\n<ul class="reasons">${reasons}</ul>\n${suggestions}</li>`;
}

export const SILO_DEFAULTS = {
  /** Groups shown in the matrix, largest first; the rest are named in a note. */
  maxGroups: 20,
};

export function silosSection(report: MetricsReport, by: Grouping, byName: string, settings = SILO_DEFAULTS): string {
  const network = report.network;
  const matrix = groupMatrix(network, by);
  const ei = eiIndex(network, by);
  const heading = `Silos: ties between ${byName} groups`;
  if (matrix.groups.length === 0) return section('silos', heading, [paragraph(`No organisation has a ${byName} value, so there is no silo matrix (choose another grouping with --by).`)]);
  const k = Math.min(settings.maxGroups, matrix.groups.length);
  const eiOf = new Map(ei.groups.map((group) => [group.group, group]));
  let most = 0;
  for (let r = 0; r < k; r++) for (let c = 0; c < k; c++) most = Math.max(most, matrix.cells[r][c].ties);
  const header = `<tr><th scope="col" class="corner">${esc(network.directed ? `from \\ to` : byName)}</th>${matrix.groups
    .slice(0, k)
    .map((name) => `<th scope="col" class="turn"><span>${esc(name)}</span></th>`)
    .join('')}<th scope="col" class="turn total"><span>organisations</span></th><th scope="col" class="turn total"><span>E-I</span></th></tr>`;
  const rows = matrix.groups.slice(0, k).map((name, r) => {
    const cells = matrix.cells[r].slice(0, k).map((cell, c) => {
      const { fill, text } = matrixCellColours(cell.ties, most);
      const what = `${name} ${network.directed ? '→' : '–'} ${matrix.groups[c]}: ${cell.ties} ${cell.ties === 1 ? 'tie' : 'ties'}`;
      return `<td class="cell${r === c ? ' inside' : ''}" style="background:${fill};color:${text}" title="${esc(what)}">${cell.ties > 0 ? formatCount(cell.ties) : '·'}</td>`;
    });
    const group = eiOf.get(name);
    return `<tr><th scope="row">${esc(name)}</th>${cells.join('')}<td class="n">${formatCount(matrix.sizes[r])}</td><td class="n">${esc(group ? signed(group.ei) : '–')}</td></tr>`;
  });
  const notes = [
    paragraph(
      `Each cell counts the ties between organisations of two ${byName} groups${network.directed ? ' (row: where the knowledge comes from; column: where it goes)' : ''}; the diagonal (outlined) counts ties inside a group. ` +
        `Darker means more ties. E-I: from -1, every tie of the group stays inside it, to +1, every tie crosses to another group; overall ${signed(ei.overall)} (${formatCount(ei.internal)} ties inside, ${formatCount(ei.external)} across).`,
    ),
  ];
  if (k < matrix.groups.length) notes.push(paragraph(`The ${k} largest of ${matrix.groups.length} groups are shown.`, 'hint'));
  if (matrix.unassigned.organisations > 0) {
    notes.push(paragraph(`${formatCount(matrix.unassigned.organisations)} organisations have no ${byName}; the ${formatCount(matrix.unassigned.flows)} flows touching them are left out.`, 'hint'));
  }
  return section('silos', heading, [`<div class="wide"><table class="matrix"><thead>${header}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`, ...notes]);
}

export function trendSection(result: Trend): string {
  const heading = `Trends, by ${result.by}`;
  if (result.periods.length === 0) return section('trend', heading, [paragraph(`No dated flows. ${NO_DATED_FLOWS}`)]);
  const { columns, rows } = trendTable(result);
  const body = [
    paragraph(`Each ${result.by} holds every flow observed by its end (cumulative). Fragmentation: share of pairs that cannot reach each other; reach: share of the network within ${result.horizon === 1 ? '1 step' : `${result.horizon} steps`}.`),
    trendChart(result),
    table(columns, rows, 'trend'),
  ];
  if (result.undated > 0) body.push(paragraph(`${formatCount(result.undated)} ${result.undated === 1 ? 'flow has' : 'flows have'} no date and ${result.undated === 1 ? 'is' : 'are'} in no period.`, 'hint'));
  const last = result.periods[result.periods.length - 1];
  const weakest = last.pioneers.filter((p) => p.weak).sort((a, b) => b.isolation - a.isolation || a.index - b.index);
  if (weakest.length > 0) {
    body.push(paragraph(`Weakly connected pioneers in ${last.label}: ${weakest.map((p) => `${p.label} (${percent(p.isolation)} of the network out of reach)`).join('; ')}.`));
  }
  return section('trend', heading, body);
}
