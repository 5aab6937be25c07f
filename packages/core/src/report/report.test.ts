// The report: every label escaped, each section's numbers from the same functions as the commands, no real
// name of a non-consenting organisation once anonymised, the same bytes for the same date, nothing that fetches.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readNetworkSync } from '../io/read.js';
import { weaklyConnected } from '../isolation/weakly-connected.js';
import { groupMatrix } from '../metrics/network/group-matrix.js';
import { metricsReport } from '../metrics/report.js';
import { summarise } from '../metrics/summary.js';
import type { Network } from '../model/network.js';
import { anonymise } from '../privacy/anonymise.js';
import { trend } from '../time/trend.js';
import { introductions } from '../weaving/introductions.js';
import { escapeXml } from '../drawing/svg.js';
import { mapLayout } from './layout.js';
import { CONTENT_SECURITY_POLICY, reportHtml } from './report.js';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (nodes: string, edges: string): Network =>
  readNetworkSync({
    nodes: { name: 'nodes.csv', content: readFileSync(`${repository}${nodes}`, 'utf8') },
    edges: { name: 'edges.csv', content: readFileSync(`${repository}${edges}`, 'utf8') },
  }).network;

const northfold = read('data/northfold/nodes.csv', 'data/northfold/edges.csv');
const northfoldReport = metricsReport(northfold);
const DATE = new Date('2026-12-01T15:00:00Z');
const northfoldHtml = reportHtml(northfoldReport, { source: 'data/northfold/nodes.csv + data/northfold/edges.csv', generated: DATE });

/** The text of every element matching `pattern`'s first group, unescaped. */
function texts(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => unescape(match[1]));
}
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('reportHtml on Northfold', () => {
  test('a whole page with a strict Content-Security-Policy, and nothing that could fetch', () => {
    expect(northfoldHtml.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(northfoldHtml).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    // No attribute or CSS that loads anything: no src, href but to a section of the page, url(), @import, <link>, <script>, <img>.
    expect(northfoldHtml).not.toMatch(/\s(src|srcset|action|xlink:href)=|\shref="(?!#)|url\(|@import|<link|<script|<img|<iframe/i);
    expect(northfoldHtml.match(/\shref="#/g)).toHaveLength(5);
    expect(northfoldHtml.match(/<style>/g)).toHaveLength(1);
    for (const id of ['summary', 'pioneers', 'silos', 'trend', 'map']) expect(northfoldHtml).toContain(`<section id="${id}">`);
  });

  test('the summary figures are those of knet summary', () => {
    const summary = summarise(northfold, northfoldReport);
    const html = sectionOf(northfoldHtml, 'summary');
    expect(html).toContain(`<dt>Organisations</dt><dd>${summary.organisations}</dd>`);
    expect(html).toContain(`<dt>Ties</dt><dd>${summary.ties.toLocaleString('en-GB')}</dd>`);
    expect(html).toContain(`<dt>Groups</dt><dd>${summary.components.count}; the main network holds 99% (${summary.components.largest})</dd>`);
    expect(html).toContain(`<dt>Communities</dt><dd>${summary.communities.count} (modularity`);
    expect(html).toContain(`${summary.pioneers}; ${weaklyConnected(northfoldReport).length} weakly connected (listed below, with reasons)`);
    // The network's name is only in the footer, so the dashboard's file matches the CLI's above it.
    expect(html).not.toContain('northfold/nodes.csv');
  });

  test('the weakly connected pioneers, most isolated first, with their reasons and top 3 introductions', () => {
    const weak = weaklyConnected(northfoldReport);
    expect(weak.length).toBe(5);
    const html = sectionOf(northfoldHtml, 'pioneers');
    expect(texts(html, /<h3>([^<]*)<\/h3>/g)).toEqual(weak.map((entry) => `${entry.organisation.label} (${entry.organisation.id})`));
    const items = html.split('<li class="pioneer">').slice(1);
    weak.forEach((entry, k) => {
      for (const reason of entry.reasons) expect(items[k]).toContain(`<li>${escapeXml(reason.text)}</li>`);
      const partners = introductions(northfoldReport, entry.organisation.id, { top: 3 }).map((intro) => `${intro.partner.label} (${intro.partner.id})`);
      expect(partners).toHaveLength(3);
      expect(texts(items[k], /<tr><td>([^<]*)<\/td>/g)).toEqual(partners);
    });
    expect(items[0]).toContain('Tarnside Community Transport Mutual');
    expect(items[0]).toContain('outside the main network (a group of 2)');
  });

  test('the silo matrix counts the ties of groupMatrix by sector, largest sector first', () => {
    const matrix = groupMatrix(northfold, 'sector');
    const html = sectionOf(northfoldHtml, 'silos');
    expect(texts(html, /<th scope="row">([^<]*)<\/th>/g)).toEqual(matrix.groups);
    const rows = html.split('<th scope="row">').slice(1);
    rows.forEach((row, r) => {
      const cells = [...row.matchAll(/<td class="cell[^"]*"[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]);
      expect(cells).toEqual(matrix.cells[r].map((cell) => (cell.ties > 0 ? cell.ties.toLocaleString('en-GB') : '·')));
    });
    // social care - cross-sector: the same count both ways (undirected).
    const social = matrix.groups.indexOf('social care');
    const cross = matrix.groups.indexOf('cross-sector');
    expect(matrix.cells[social][cross].ties).toBe(matrix.cells[cross][social].ties);
  });

  test('the trend table has one row per year, as knet trend counts them', () => {
    const result = trend(northfold, { by: 'year' });
    expect(result.periods.length).toBeGreaterThan(3);
    const html = sectionOf(northfoldHtml, 'trend');
    const years = [...html.matchAll(/<tr><td>(\d{4})<\/td><td class="n">([\d,]+)<\/td>/g)].map((match) => [match[1], match[2]]);
    expect(years).toEqual(result.periods.map((p) => [p.label, p.flows.toLocaleString('en-GB')]));
    expect(html).toContain('<polyline');
  });

  test('the map draws every organisation and tie, and rings and names each weakly connected pioneer', () => {
    const html = sectionOf(northfoldHtml, 'map');
    const summary = summarise(northfold, northfoldReport);
    expect(html.match(/<line x1=/g)).toHaveLength(summary.ties);
    const labels = texts(html, /<text x="[^"]*" y="[^"]*">([^<]*)<\/text>/g);
    for (const entry of weaklyConnected(northfoldReport)) expect(labels).toContain(entry.organisation.label);
    expect(html).toContain(`Every organisation (${northfold.order}) and every tie (${summary.ties.toLocaleString('en-GB')})`);
  });

  test('the same network and date give the same bytes; another date changes only the footer', () => {
    const again = reportHtml(metricsReport(northfold), { source: 'data/northfold/nodes.csv + data/northfold/edges.csv', generated: DATE });
    expect(again).toBe(northfoldHtml);
    const later = reportHtml(northfoldReport, { source: 'data/northfold/nodes.csv + data/northfold/edges.csv', generated: new Date('2027-01-02T09:30:00Z') });
    expect(later).not.toBe(northfoldHtml);
    const body = (html: string) => html.slice(0, html.indexOf('<footer>'));
    expect(body(later)).toBe(body(northfoldHtml));
    expect(later).toContain('2 January 2027, 09:30 UTC');
  });
});

describe('reportHtml on hostile and small networks', () => {
  const hostile = read('test/e2e/fixtures/hostile-nodes.csv', 'test/e2e/fixtures/hostile-edges.csv');

  test('hostile labels, sectors and themes are text, never markup', () => {
    const html = reportHtml(metricsReport(hostile), { source: '<script>alert("file")</script>.csv', generated: DATE, by: 'sector' });
    // The only tags are the report's own: no img, script, iframe, no event handler attribute anywhere.
    expect(html).not.toMatch(/<(img|script|iframe|svg onload|b>)/i);
    // Escaped text has no raw "<", so this finds event handlers only inside real tags.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;iframe src=javascript:alert(5)&gt;');
    expect(html).toContain('&lt;b&gt;health&lt;/b&gt;');
    expect(html).toContain('<title>Knowledge network report: &lt;script&gt;alert(&quot;file&quot;)&lt;/script&gt;.csv</title>');
  });

  test('with pseudonyms, no real name of an organisation without consent appears anywhere', () => {
    const consent = read('test/e2e/fixtures/consent-nodes.csv', 'test/e2e/fixtures/consent-edges.csv');
    const { network, consented } = anonymise(consent, { consent: 'consent' });
    expect(consented).toBe(2);
    const html = reportHtml(metricsReport(network), { source: 'nodes.csv + edges.csv', generated: DATE, anonymised: { consented } });
    for (const organisation of consent.organisations) {
      const named = html.includes(escapeXml(organisation.label));
      expect(named, organisation.label).toBe(organisation.attributes.consent === 'yes');
      if (organisation.attributes.consent !== 'yes') expect(html).not.toContain(`(${organisation.id})`);
    }
    expect(html).toContain('Names are pseudonyms, except the 2 organisations that consented to be named.');
    // The map names organisations by their pseudonyms.
    expect(html).toMatch(/<text [^>]*>Mutual \d+<\/text>/);
  });

  test('a network without dates says so instead of a trend', () => {
    const edges = readNetworkSync({ edges: { name: 'edges.csv', content: 'source,target\na,b\nb,c\nc,a\nd,e\n' } }).network;
    const html = reportHtml(metricsReport(edges), { source: 'edges.csv', generated: DATE });
    expect(sectionOf(html, 'trend')).toContain('No dated flows.');
    expect(sectionOf(html, 'pioneers')).toContain('No organisation is marked as a pioneer');
    expect(sectionOf(html, 'silos')).toContain('No organisation has a sector value');
  });

  test('a big network is drawn from its best-tied organisations and every one it must show', () => {
    // A star of 40 around a hub, and a chain of 10 off to the side.
    const rows = ['source,target', ...Array.from({ length: 40 }, (_, k) => `hub,s${k}`), ...Array.from({ length: 9 }, (_, k) => `c${k},c${k + 1}`)];
    const network = readNetworkSync({ edges: { name: 'edges.csv', content: rows.join('\n') } }).network;
    const chainEnd = network.indexOf('c9');
    const layout = mapLayout(network, [chainEnd], { maxOrganisations: 12, iterations: 50, work: 10_000, minIterations: 10, barnesHutFrom: 500, seed: 1 });
    expect(layout.shown).toHaveLength(12);
    expect(layout.shown).toContain(network.indexOf('hub'));
    expect(layout.shown).toContain(chainEnd);
    expect(layout.totalTies).toBe(49);
    expect(layout.ties.every((tie) => tie.source < 12 && tie.target < 12)).toBe(true);
    expect([...layout.x, ...layout.y].every(Number.isFinite)).toBe(true);
  });
});
