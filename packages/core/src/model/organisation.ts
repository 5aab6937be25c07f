// An organisation: one node of a knowledge network (SPEC section 1).
import type { Attributes } from './attributes.js';

export interface Organisation {
  /** Unique key, kept exactly as written (`007` and `7` are different organisations). */
  readonly id: string;
  /** Display name; the id when none was given. Untrusted text: render it as text, never HTML. */
  label: string;
  /** council, mutual, charity, social_enterprise, user_led, network_body, funder, university, ...; '' when unknown. */
  type: string;
  /** Service area (health, social care, housing...); '' when unknown. */
  sector: string;
  /** Place; '' when unknown. */
  region: string;
  /** Known to be innovating. */
  pioneer: boolean;
  /** The innovations it works on. */
  themes: string[];
  /** Every other column, typed (numbers where every value in the column parses). No prototype. */
  attributes: Attributes;
}

/** The organisation fields with a meaning of their own; every other column is an attribute. */
export const ORGANISATION_FIELDS = ['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes'] as const;

/** Grouping attributes used by E-I indices, colours and brokerage. */
export const GROUPING_FIELDS = ['type', 'sector', 'region'] as const;
export type GroupingField = (typeof GROUPING_FIELDS)[number];

/** The known organisation types, in the order that fixes their colours. */
export const KNOWN_TYPES = [
  'council', 'mutual', 'charity', 'social_enterprise', 'user_led', 'network_body',
  'funder', 'university', 'government', 'private', 'other',
] as const;
