// Header names to meanings: the aliases users bring from Gephi and Kumu (SPEC section 2), matched without
// regard to case or surrounding spaces. Every other column is kept as an attribute under its own name.

export type NodeRole = 'id' | 'label' | 'type' | 'sector' | 'region' | 'pioneer' | 'themes';
export type EdgeRole = 'source' | 'target' | 'weight' | 'type' | 'date';

/** Aliases in order of preference: where a file has both `id` and `key`, `id` is the id. */
export const NODE_ALIASES: Readonly<Record<NodeRole, readonly string[]>> = {
  id: ['id', 'key'],
  label: ['label', 'name'],
  type: ['type'],
  sector: ['sector'],
  region: ['region'],
  pioneer: ['pioneer'],
  themes: ['themes'],
};

export const EDGE_ALIASES: Readonly<Record<EdgeRole, readonly string[]>> = {
  source: ['source', 'from'],
  target: ['target', 'to'],
  weight: ['weight', 'strength'],
  type: ['type'],
  date: ['date'],
};

export interface ResolvedColumns<Role extends string> {
  /** Field index (0-based) of each role found. */
  roles: Partial<Record<Role, number>>;
  /** Every other column: its index and the attribute name it is stored under (unique). */
  attributes: { index: number; name: string }[];
  /** The header as written (trimmed), for messages. */
  names: string[];
}

/** Matches a header row against the aliases; the first column with a preferred alias takes each role. */
export function resolveColumns<Role extends string>(header: readonly string[], aliases: Readonly<Record<Role, readonly string[]>>): ResolvedColumns<Role> {
  const names = header.map((name) => name.trim());
  const keys = names.map((name) => name.toLowerCase());
  const roles: Partial<Record<Role, number>> = {};
  const taken = new Set<number>();
  for (const role of Object.keys(aliases) as Role[]) {
    for (const alias of aliases[role]) {
      const index = keys.indexOf(alias);
      if (index >= 0 && !taken.has(index)) {
        roles[role] = index;
        taken.add(index);
        break;
      }
    }
  }
  const attributes: { index: number; name: string }[] = [];
  const used = new Set<string>();
  names.forEach((name, index) => {
    if (taken.has(index)) return;
    // Unnamed or repeated headers still keep their cells, under a name of their own.
    let unique = name === '' ? `column ${index + 1}` : name;
    for (let k = 2; used.has(unique); k++) unique = `${name || `column ${index + 1}`} (${k})`;
    used.add(unique);
    attributes.push({ index, name: unique });
  });
  return { roles, attributes, names };
}

/** `id, Label, Sector` as found, for "missing column" messages. */
export function listColumns(names: readonly string[]): string {
  const shown = names.map((name) => (name === '' ? '(unnamed)' : name));
  return shown.length === 0 ? 'no columns' : shown.join(', ');
}
