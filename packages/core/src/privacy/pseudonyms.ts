// Pseudonyms for organisations: "Council 03" (by type) or "Organisation 0042", numbered in a seeded shuffle
// so they reveal neither the name nor the row order, and come out the same for the same input and seed.
import { seededRandom } from '../engine/random.js';
import type { Organisation } from '../model/organisation.js';

export type PseudonymStyle = 'type' | 'plain';

/** Words for the known types; free-text types are shown with underscores as spaces, capitalised. */
const TYPE_WORDS: Record<string, string> = {
  council: 'Council',
  mutual: 'Mutual',
  charity: 'Charity',
  social_enterprise: 'Social enterprise',
  user_led: 'User-led organisation',
  network_body: 'Network body',
  funder: 'Funder',
  university: 'University',
  government: 'Government body',
  private: 'Private company',
  other: 'Other organisation',
};

export function typeWord(type: string): string {
  const known = TYPE_WORDS[type.trim().toLowerCase()];
  if (known) return known;
  const words = type.trim().replace(/[_\s]+/g, ' ');
  return words ? words[0].toUpperCase() + words.slice(1).toLowerCase() : 'Organisation';
}

/**
 * Pseudonyms for the organisations at `indices` (the ones to hide), aligned with `indices`. Each stem
 * ("Council", or "Organisation" in plain style) is numbered 1..k in a seeded shuffle, zero-padded to at
 * least 2 digits by type, 4 plain. Names in `taken` (kept real ids and labels) are never produced.
 */
export function assignPseudonyms(
  organisations: readonly Organisation[],
  indices: readonly number[],
  style: PseudonymStyle,
  seed: number,
  taken: ReadonlySet<string>,
): string[] {
  const order = shuffle(indices.length, seed);
  const stems = indices.map((i) => (style === 'type' ? typeWord(organisations[i].type) : 'Organisation'));
  const perStem = new Map<string, number>();
  for (const stem of stems) perStem.set(stem, (perStem.get(stem) ?? 0) + 1);
  const next = new Map<string, number>();
  const result = new Array<string>(indices.length);
  const used = new Set(taken);
  for (const k of order) {
    const stem = stems[k];
    const number = (next.get(stem) ?? 0) + 1;
    next.set(stem, number);
    const width = Math.max(style === 'type' ? 2 : 4, String(perStem.get(stem)).length);
    let name = `${stem} ${String(number).padStart(width, '0')}`;
    // A consenting organisation may really be called "Council 03": never hand out a real name.
    for (let copy = 2; used.has(name); copy++) name = `${stem} ${String(number).padStart(width, '0')} (${copy})`;
    used.add(name);
    result[k] = name;
  }
  return result;
}

/** 0..n-1 in a Fisher-Yates order drawn from the seed. */
function shuffle(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
