// Generates the synthetic Northfold knowledge network (nodes.csv, edges.csv) from a fixed seed.
// Usage: node data/northfold/generate.mjs [outputDirectory]   (default: beside this script; byte-identical every run)

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROKERS, CONNECTED_PIONEERS, CUT_OFF_PIONEERS, GO_BETWEENS, OUTSIDE_PAIR } from './cast.mjs';
import { CROSS_SECTOR, DISTRICTS, GENERATED_COUNTS, NAME_TEMPLATES, PROFILE, SECTOR_WEIGHTS, THEMES_BY_SECTOR } from './vocabulary.mjs';
import { checkPlantedStructure } from './structure.mjs';

const DEFAULTS = {
  seed: 20140902, // the first day of the Unusual Suspects Festival
  pioneerShare: 0.15,
  firstYear: 2010,
  lastYear: 2016,
  crossSectorShare: 0.07, // share of ordinary ties that leave their sector
  triadClosure: 0.55, // chance that a further tie goes to a partner's partner
};

// Chance of being picked as a generated pioneer, by type.
const PIONEER_LIKELIHOOD = { mutual: 5, user_led: 3, social_enterprise: 2.5, charity: 1, other: 0.3, private: 0 };
const ORDINARY_KINDS = { partnership: 32, peer_support: 26, shared_practice: 30, event: 5, secondment: 7 };
const WEIGHT_RANGE = { funding: [2, 5], partnership: [2, 5], secondment: [3, 5], peer_support: [2, 4], shared_practice: [1, 3], event: [1, 2] };
// Date precision by flow kind: [full day, year-month, year] likelihoods.
const PRECISION = { event: [1, 0, 0], funding: [7, 3, 0], partnership: [2, 5.5, 2.5], secondment: [3, 7, 0], peer_support: [4.5, 4.5, 1], shared_practice: [4, 4.5, 1.5] };
const BROKER_TYPES = new Set(['council', 'government', 'university', 'funder', 'network_body']);

/** mulberry32: a tiny seeded PRNG, so the script needs no dependencies. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeDice(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  // entries: [item, weight][]; only + and * so results never depend on the platform's Math library.
  const weighted = (entries) => {
    let total = 0;
    for (const [, w] of entries) total += w;
    if (total <= 0) return undefined;
    let r = random() * total;
    for (const [item, w] of entries) if ((r -= w) < 0) return item;
    return entries[entries.length - 1][0];
  };
  return { random, int, pick, weighted, chance: (p) => random() < p };
}

export function slug(label) {
  return label.toLowerCase().replace(/&/g, 'and').replace(/['"]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function generate(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const dice = makeDice(seededRandom(o.seed));
  const { int, pick, weighted, chance, random } = dice;
  const organisations = [];
  const byLabel = new Map();

  const add = (spec, role) => {
    if (byLabel.has(spec.label)) throw new Error(`knet northfold: duplicate organisation "${spec.label}"`);
    const organisation = {
      id: slug(spec.label), label: spec.label, type: spec.type, sector: spec.sector ?? CROSS_SECTOR, region: spec.region,
      pioneer: spec.pioneer === true, themes: spec.themes ? spec.themes.split(';') : [], founded: spec.founded, staff: spec.staff,
      role, spec, index: organisations.length, neighbours: new Set(),
    };
    organisations.push(organisation);
    byLabel.set(spec.label, organisation);
    return organisation;
  };

  for (const spec of BROKERS) add(spec, 'broker');
  for (const spec of CONNECTED_PIONEERS) add({ ...spec, pioneer: true }, 'ordinary');
  for (const spec of CUT_OFF_PIONEERS) add({ ...spec, pioneer: true }, 'cut-off');
  for (const spec of OUTSIDE_PAIR) add(spec, 'outside');
  for (const spec of GO_BETWEENS) {
    const pioneer = CUT_OFF_PIONEERS.find((p) => p.via.includes(spec.label));
    add({ ...spec, sector: pioneer.sector, region: pioneer.region }, 'go-between');
  }

  // Generated organisations: a type, a sector, a place, a name from that type's templates.
  const staffFor = ([median, spread]) => {
    const u = random(), v = random();
    const factor = (1 + spread * 6 * u * u * u) / (1 + spread * 0.8 * v); // heavy right tail, no Math.exp
    return Math.max(0, Math.round(median * factor * (0.5 + random())));
  };
  for (const [type, count] of Object.entries(GENERATED_COUNTS)) {
    for (let made = 0, tries = 0; made < count; tries++) {
      if (tries > count * 50) throw new Error(`knet northfold: ran out of ${type} names`);
      const sector = weighted(Object.entries(SECTOR_WEIGHTS[type]));
      const district = weighted(DISTRICTS.map((d) => [d, d.weight]));
      const place = chance(0.55) ? district.name : pick(district.towns);
      const label = pick(NAME_TEMPLATES[type][sector]).replace('{p}', place);
      if (byLabel.has(label) || organisations.some((x) => x.id === slug(label))) continue;
      const [from, to] = PROFILE[type].founded;
      add({ label, type, sector, region: district.name, founded: int(from, to), staff: staffFor(PROFILE[type].staff) }, 'ordinary');
      made++;
    }
  }

  // Pioneers: the planted ones plus a weighted draw of generated organisations, to reach the target share.
  const target = Math.round(organisations.length * o.pioneerShare);
  const candidates = organisations.filter((x) => x.role === 'ordinary' && !x.pioneer && !x.spec.themes);
  while (organisations.filter((x) => x.pioneer).length < target) {
    const chosen = weighted(candidates.filter((x) => !x.pioneer).map((x) => [x, PIONEER_LIKELIHOOD[x.type]]));
    chosen.pioneer = true;
  }
  for (const x of organisations) {
    if (x.spec.themes !== undefined) continue;
    const pool = x.type === 'mutual' ? ['mutualisation', ...THEMES_BY_SECTOR[x.sector]] : THEMES_BY_SECTOR[x.sector];
    const wanted = x.pioneer ? int(2, 3) : weighted([[0, 4], [1, 4], [2, 2]]);
    while (x.themes.length < wanted) {
      const theme = weighted(pool.map((t, i) => [t, pool.length - i]));
      if (!x.themes.includes(theme)) x.themes.push(theme);
    }
  }

  // Flows: one per pair. Dates fall between the later founding year and 2016, a few more in later years.
  const flows = new Map();
  const tie = (a, b, source, kind, programme = '') => {
    if (a === b || a.neighbours.has(b.index)) return false;
    const lo = Math.max(o.firstYear, a.founded, b.founded);
    const u = chance(0.6) ? random() : Math.max(random(), random()); // a mild lean towards later years
    const year = lo + Math.min(o.lastYear - lo, Math.floor((o.lastYear - lo + 1) * u));
    const precision = weighted(PRECISION[kind].map((w, i) => [i, w]));
    const month = String(int(1, 12)).padStart(2, '0');
    const date = precision === 2 ? `${year}` : precision === 1 ? `${year}-${month}` : `${year}-${month}-${String(int(1, 28)).padStart(2, '0')}`;
    const target = source === a ? b : a;
    const named = programme && (kind === 'event' ? `${programme} ${year}` : programme);
    flows.set(`${Math.min(a.index, b.index)}|${Math.max(a.index, b.index)}`,
      { source: source.id, target: target.id, weight: int(...WEIGHT_RANGE[kind]), type: kind, date, programme: named || '' });
    a.neighbours.add(b.index);
    b.neighbours.add(a.index);
    return true;
  };
  const ordinaryKind = () => weighted(Object.entries(ORDINARY_KINDS));
  const older = (a, b) => (a.founded < b.founded || (a.founded === b.founded && a.index < b.index) ? a : b);

  // 1. Sector silos: organisations join in founding order and tie to earlier ones, mostly in their own
  //    sector and district, preferring the well-connected (heavy tails) and partners' partners (clustering).
  const growing = organisations.filter((x) => x.role === 'ordinary')
    .sort((a, b) => a.founded - b.founded || a.index - b.index);
  const placed = [];
  for (const x of growing) {
    const m = 1 + (chance(0.5) ? 1 : 0) + (chance(0.2) ? 1 : 0) + (x.pioneer ? 1 : 0);
    let last;
    for (let j = 0; j < m; j++) {
      let partner;
      if (last && chance(o.triadClosure)) {
        const around = [...last.neighbours].map((i) => organisations[i]).filter((y) => y.role === 'ordinary' && !x.neighbours.has(y.index) && y !== x);
        if (around.length) partner = pick(around);
      }
      if (!partner) {
        const leave = chance(o.crossSectorShare);
        const pool = placed.filter((y) => !x.neighbours.has(y.index) && (leave ? y.sector !== x.sector && y.region === x.region : y.sector === x.sector));
        partner = weighted(pool.map((y) => [y, (y.neighbours.size + 1) * (y.region === x.region ? 4 : 1) * (y.themes.some((t) => x.themes.includes(t)) ? 2 : 1)]));
      }
      if (partner && tie(x, partner, older(x, partner), ordinaryKind())) last = partner;
    }
    placed.push(x);
  }

  // 2. Brokers reach out by type, sector and district; pioneers seek them out.
  const reachable = (x) => x.role === 'ordinary' || x.role === 'broker';
  for (const broker of organisations.filter((x) => x.role === 'broker')) {
    const s = broker.spec;
    let pool = organisations.filter((y) => y !== broker && reachable(y) && s.prefer[y.type] > 0 &&
      (!s.sectors || BROKER_TYPES.has(y.type) || s.sectors.includes(y.sector)));
    for (let made = 0; made < s.k && pool.length; made++) {
      const partner = weighted(pool.map((y) => [y, s.prefer[y.type] * (y.pioneer ? 3 : 1) *
        (y.region === broker.region ? (s.regionBoost ?? 1) : 1) * (1 + y.neighbours.size / 4)]));
      pool = pool.filter((y) => y !== partner);
      const kind = weighted(Object.entries(s.kinds));
      const programme = kind === 'event' && s.events ? pick(s.events) : kind === 'funding' ? (s.grants ?? '') : '';
      tie(broker, partner, broker, kind, programme);
    }
  }

  // 3. Every other pioneer is known to a big convener: if none of its brokers has 15 ties, it entered the
  //    Innovation Awards. This keeps a clear gap between the planted cut-off pioneers and the rest.
  const awards = byLabel.get('Northfold Innovation Network');
  for (const x of organisations) {
    const brokers = [...x.neighbours].map((i) => organisations[i]).filter((y) => BROKER_TYPES.has(y.type));
    if (x.pioneer && reachable(x) && x !== awards && !brokers.some((y) => y.neighbours.size >= 15)) {
      tie(awards, x, awards, 'event', 'Northfold Innovation Awards');
    }
  }

  // 4. The planted cut-off pioneers, their go-betweens (each anchored to the quietest ordinary organisation of
  //    their sector and district), and the pair outside the main component.
  for (const spec of CUT_OFF_PIONEERS) {
    const pioneer = byLabel.get(spec.label);
    const via = spec.via.map((label) => byLabel.get(label));
    for (const g of via) tie(pioneer, g, g, weighted([['peer_support', 2], ['shared_practice', 2], ['partnership', 1]]));
    if (via.length === 2) tie(via[0], via[1], older(via[0], via[1]), 'partnership');
    for (const g of via) {
      const anchors = organisations.filter((y) => y.role === 'ordinary' && !y.pioneer && !y.spec.themes && y.sector === g.sector &&
        ![...y.neighbours].some((i) => BROKER_TYPES.has(organisations[i].type)))
        .sort((a, b) => (a.region !== g.region) - (b.region !== g.region) || a.neighbours.size - b.neighbours.size || a.index - b.index);
      tie(g, anchors[0], older(g, anchors[0]), ordinaryKind());
    }
  }
  const [first, second] = OUTSIDE_PAIR.map((spec) => byLabel.get(spec.label));
  tie(first, second, first, 'peer_support');

  return { organisations, flows: [...flows.values()] };
}

// RFC 4180: quote a cell that holds a comma, quote or line break; double the quotes inside.
const cell = (value) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (header, rows) => [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // not localeCompare: the order must not depend on the machine

export function writeNorthfold(directory) {
  const { organisations, flows } = generate();
  checkPlantedStructure(organisations, flows, { cutOff: CUT_OFF_PIONEERS.map((p) => slug(p.label)), outside: OUTSIDE_PAIR.map((p) => slug(p.label)) });
  const nodes = [...organisations].sort((a, b) => byText(a.id, b.id))
    .map((x) => [x.id, x.label, x.type, x.sector, x.region, x.pioneer ? 'true' : 'false', x.themes.join(';'), x.founded, x.staff]);
  const edges = [...flows].sort((a, b) => byText(a.date, b.date) || byText(a.source, b.source) || byText(a.target, b.target))
    .map((f) => [f.source, f.target, f.weight, f.type, f.date, f.programme]);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'nodes.csv'), csv(['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes', 'founded', 'staff'], nodes));
  writeFileSync(join(directory, 'edges.csv'), csv(['source', 'target', 'weight', 'type', 'date', 'programme'], edges));
  return { organisations: nodes.length, flows: edges.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const directory = resolve(process.argv[2] ?? dirname(fileURLToPath(import.meta.url)));
  const { organisations, flows } = writeNorthfold(directory);
  process.stdout.write(`knet northfold: ${organisations} organisations, ${flows} flows written to ${directory}\n`);
}
