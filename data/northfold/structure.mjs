// Checks, before anything is written, that the generated Northfold network has the structure README.md promises.
// A change to the generator that breaks a promise fails loudly here instead of shipping a different network.

const BROKER_TYPES = new Set(['council', 'government', 'university', 'funder', 'network_body']);
const DEFAULTS = { horizon: 2, relative: 0.5, minOrganisations: 250, maxOrganisations: 400 };

function neighbourLists(organisations, flows) {
  const at = new Map(organisations.map((x, i) => [x.id, i]));
  const lists = organisations.map(() => []);
  for (const f of flows) {
    const a = at.get(f.source), b = at.get(f.target);
    lists[a].push(b);
    lists[b].push(a);
  }
  return lists;
}

/** Breadth-first distances from `start`, up to `limit` hops (Infinity: all). */
function distancesFrom(lists, start, limit = Infinity) {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= limit && frontier.length; d++) {
    const next = [];
    for (const v of frontier) for (const w of lists[v]) if (!distance.has(w)) { distance.set(w, d); next.push(w); }
    frontier = next;
  }
  return distance;
}

export function checkPlantedStructure(organisations, flows, planted, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const fail = (message) => { throw new Error(`knet northfold: the generated network breaks its promise: ${message}`); };
  const n = organisations.length;
  if (n < o.minOrganisations || n > o.maxOrganisations) fail(`${n} organisations`);
  const lists = neighbourLists(organisations, flows);
  const index = (id) => organisations.findIndex((x) => x.id === id);

  // Exactly the planted pair lies outside the largest component.
  const component = new Array(n).fill(-1);
  const sizes = [];
  for (let v = 0; v < n; v++) {
    if (component[v] >= 0) continue;
    const members = [...distancesFrom(lists, v).keys()];
    for (const w of members) component[w] = sizes.length;
    sizes.push(members.length);
  }
  const largest = sizes.indexOf(Math.max(...sizes));
  const outside = organisations.filter((_, v) => component[v] !== largest).map((x) => x.id).sort();
  if (outside.join() !== [...planted.outside].sort().join()) fail(`outside the main component: ${outside.join(', ')}`);

  // SPEC section 6: weakly connected pioneers are outside the main component or reach <= relative x median reach.
  const reach = organisations.map((_, v) => (distancesFrom(lists, v, o.horizon).size - 1) / (n - 1));
  const sorted = [...reach].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const weak = organisations.filter((x, v) => x.pioneer && (component[v] !== largest || reach[v] <= o.relative * median))
    .map((x) => x.id).sort();
  const expected = [...planted.cutOff, ...planted.outside.filter((id) => organisations[index(id)].pioneer)].sort();
  if (weak.join() !== expected.join()) fail(`weakly connected pioneers are ${weak.join(', ')}; expected ${expected.join(', ')}`);

  // The cut-off pioneers: 1-2 ties, all inside their sector, no broker within two introductions.
  for (const id of planted.cutOff) {
    const v = index(id);
    if (lists[v].length < 1 || lists[v].length > 2) fail(`${id} has ${lists[v].length} ties`);
    if (lists[v].some((w) => organisations[w].sector !== organisations[v].sector)) fail(`${id} has a tie outside its sector`);
    for (const [w, d] of distancesFrom(lists, v, 2)) if (d > 0 && BROKER_TYPES.has(organisations[w].type)) fail(`${id} is ${d} hops from a broker`);
  }
  return { median, weak, components: sizes.length };
}
