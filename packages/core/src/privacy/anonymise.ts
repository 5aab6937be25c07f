// Anonymisation for exports and reports: organisations without consent get stable pseudonyms (id and label),
// their names are replaced wherever they appear in attribute text, and identifying columns are removed.
import type { AttributeValue, Attributes } from '../model/attributes.js';
import { createAttributes, parseFlag, setAttribute } from '../model/attributes.js';
import { FlowTable } from '../model/flow.js';
import { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';
import { assignPseudonyms, type PseudonymStyle } from './pseudonyms.js';
import { nameScrubber, type NameScrubber } from './scrub.js';

export const ANONYMISE_DEFAULTS = {
  /**
   * Who keeps their name: a set of ids (labels also match, for consent lists written by hand), or the name
   * of a column read as a flag (true/yes/1/y). Default: nobody.
   */
  consent: undefined as ReadonlySet<string> | string | undefined,
  /** Numbering seed: the same input and seed give the same pseudonyms. Keep it private to make guessing harder. */
  seed: 0,
  /** 'type': "Council 03", "Charity 12"; 'plain': "Organisation 0042". */
  style: 'type' as PseudonymStyle,
  /**
   * Columns that identify an organisation by themselves, removed for anonymised organisations (and for
   * flows that touch one). Matched as parts of the column name, ignoring case, spaces and hyphens.
   */
  identifying: [
    'email', 'e_mail', 'website', 'url', 'web_site', 'homepage', 'phone', 'telephone', 'mobile', 'address',
    'postcode', 'zip', 'contact', 'twitter', 'facebook', 'linkedin', 'instagram', 'charity_number',
    'company_number', 'registration', 'companies_house', 'urn', 'ukprn',
  ] as readonly string[],
};
export type AnonymiseOptions = Partial<typeof ANONYMISE_DEFAULTS>;

export interface PseudonymEntry {
  /** The real id and label. */
  id: string;
  label: string;
  /** The new id and label: the pseudonym, or the real id for an organisation that consented. */
  pseudonym: string;
  consented: boolean;
}

export interface Anonymised {
  network: Network;
  /** One entry per organisation, in network order. Sensitive: write it only where the user asks. */
  mapping: PseudonymEntry[];
  consented: number;
  /** Entries of a consent set that match no organisation (a caller should warn: a typo hides a name). */
  unknownConsent: string[];
  /** Column names removed from anonymised organisations and flows. */
  removedColumns: string[];
}

export function anonymise(network: Network, options: AnonymiseOptions = {}): Anonymised {
  if (!(network instanceof Network)) throw new TypeError('knet: anonymise: the first argument must be a Network.');
  const { consent, seed, style, identifying } = { ...ANONYMISE_DEFAULTS, ...options };
  if (style !== 'type' && style !== 'plain') throw new TypeError(`knet: anonymise: style must be 'type' or 'plain', got ${JSON.stringify(style)}.`);
  if (!Number.isInteger(seed)) throw new TypeError(`knet: anonymise: seed must be a whole number, got ${seed}.`);
  const organisations = network.organisations;
  const { consented, unknownConsent } = readConsent(organisations, consent);

  const hidden: number[] = [];
  const taken = new Set<string>();
  organisations.forEach((o, i) => {
    if (consented[i]) taken.add(o.id).add(o.label);
    else hidden.push(i);
  });
  const pseudonyms = assignPseudonyms(organisations, hidden, style, seed, taken);
  const newId = organisations.map((o) => o.id);
  const names = new Map<string, string>();
  hidden.forEach((i, k) => {
    newId[i] = pseudonyms[k];
    // A name shared with an organisation that consented stays: it cannot be told apart in free text.
    for (const name of [organisations[i].label, organisations[i].id]) if (!taken.has(name)) names.set(name, pseudonyms[k]);
  });
  const scrubber = nameScrubber(names);
  const isIdentifying = identifyingTest(identifying);
  const removed = new Set<string>();

  const anonymised = organisations.map((o, i): Organisation => {
    if (consented[i]) return { ...o, themes: [...o.themes], attributes: scrubAttributes(o.attributes, scrubber, () => false, removed) };
    return { ...o, id: newId[i], label: newId[i], themes: [...o.themes], attributes: scrubAttributes(o.attributes, scrubber, isIdentifying, removed) };
  });
  const flows = scrubFlows(network.flows, consented, scrubber, isIdentifying, removed);

  return {
    network: new Network({ directed: network.directed, organisations: anonymised, flows }),
    mapping: organisations.map((o, i) => ({ id: o.id, label: o.label, pseudonym: newId[i], consented: consented[i] === 1 })),
    consented: organisations.length - hidden.length,
    unknownConsent,
    removedColumns: [...removed],
  };
}

function readConsent(
  organisations: readonly Organisation[],
  consent: ReadonlySet<string> | string | undefined,
): { consented: Uint8Array; unknownConsent: string[] } {
  const consented = new Uint8Array(organisations.length);
  if (consent === undefined) return { consented, unknownConsent: [] };
  if (typeof consent === 'string') {
    const column = consent;
    const has = (o: Organisation) => Object.prototype.hasOwnProperty.call(o.attributes, column);
    if (!organisations.some(has)) {
      throw new TypeError(`knet: anonymise: no organisation has a "${column}" column to read consent from.`);
    }
    organisations.forEach((o, i) => {
      if (has(o) && parseFlag(String(o.attributes[column])) === true) consented[i] = 1;
    });
    return { consented, unknownConsent: [] };
  }
  if (!(consent instanceof Set)) throw new TypeError('knet: anonymise: consent must be a Set of ids or a column name.');
  const matched = new Set<string>();
  organisations.forEach((o, i) => {
    for (const key of [o.id, o.label]) {
      if (consent.has(key)) {
        consented[i] = 1;
        matched.add(key);
      }
    }
  });
  return { consented, unknownConsent: [...consent].filter((entry) => !matched.has(entry)) };
}

function identifyingTest(parts: readonly string[]): (column: string) => boolean {
  const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const wanted = parts.map(normalise).filter(Boolean);
  return (column) => {
    const name = normalise(column);
    return wanted.some((part) => name.includes(part));
  };
}

function scrubAttributes(
  attributes: Attributes,
  scrubber: NameScrubber,
  drop: (column: string) => boolean,
  removed: Set<string>,
): Attributes {
  const result = createAttributes();
  for (const key of Object.keys(attributes)) {
    if (drop(key)) {
      removed.add(key);
      continue;
    }
    setAttribute(result, key, scrubValue(attributes[key], scrubber));
  }
  return result;
}

function scrubValue<T extends AttributeValue | undefined>(value: T, scrubber: NameScrubber): T {
  return (typeof value === 'string' ? scrubber.scrub(value) : value) as T;
}

/** The same flows (typed columns shared) with attribute text scrubbed and identifying columns emptied. */
function scrubFlows(
  flows: FlowTable,
  consented: Uint8Array,
  scrubber: NameScrubber,
  drop: (column: string) => boolean,
  removed: Set<string>,
): FlowTable {
  const attributes = new Map<string, (AttributeValue | undefined)[]>();
  for (const [name, column] of flows.attributes) {
    const dropHere = drop(name);
    const scrubbed = column.map((value, f) => {
      if (dropHere && value !== undefined && !(consented[flows.source[f]] && consented[flows.target[f]])) {
        removed.add(name);
        return undefined;
      }
      return scrubValue(value, scrubber);
    });
    attributes.set(name, scrubbed);
  }
  return new FlowTable(
    flows.count, flows.source, flows.target, flows.weight, flows.typeCode, flows.types, flows.dateCode, flows.dates, attributes,
  );
}
