// Attribute records for organisations and flows: any column a user brings is kept.
// Records have no prototype, so a column named `__proto__` or `constructor` is just a column.

export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue>;

/** A record that cannot be polluted through `__proto__`-style keys. */
export function createAttributes(): Attributes {
  return Object.create(null) as Attributes;
}

/** Copies own entries into a fresh null-prototype record (safe for untrusted keys). */
export function copyAttributes(source: Readonly<Record<string, AttributeValue>>): Attributes {
  const copy = createAttributes();
  for (const key of Object.keys(source)) {
    Object.defineProperty(copy, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Sets a key safely even when it is `__proto__`. */
export function setAttribute(record: Attributes, key: string, value: AttributeValue): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

/** Reads SPEC's pioneer flag: true/false, yes/no, 1/0, y/n; empty = false. Undefined when it is none of these. */
export function parseFlag(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Themes are `;`-separated; blanks and repeats are dropped, order kept. */
export function parseThemes(text: string): string[] {
  const themes: string[] = [];
  for (const part of text.split(';')) {
    const theme = part.trim();
    if (theme && !themes.includes(theme)) themes.push(theme);
  }
  return themes;
}

// A plain decimal or scientific number, as a spreadsheet would write it ("1,5" is not one).
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_PATTERN.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Types one extra column: numbers where every non-empty value parses, else strings.
 * Empty cells stay absent rather than becoming 0 or "".
 */
export function typeColumn(values: readonly string[]): (AttributeValue | undefined)[] {
  let allNumbers = true;
  let anyValue = false;
  for (const value of values) {
    if (value === '') continue;
    anyValue = true;
    if (parseNumber(value) === undefined) {
      allNumbers = false;
      break;
    }
  }
  if (anyValue && allNumbers) return values.map((v) => (v === '' ? undefined : parseNumber(v)));
  return values.map((v) => (v === '' ? undefined : v));
}
