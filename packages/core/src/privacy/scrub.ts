// Finds organisation names inside free text ("Led by Wigan Council with ...") and replaces them with their
// pseudonyms. At each word of the text it looks up the next 1..k words in a hash map, so the cost grows
// with the text, not with the number of names (100,000 names sharing a first word stay fast).
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Longer names are only replaced as whole values: a 1 MB label must not make every lookup slow. */
const MAX_WORDS = 24;

export interface NameScrubber {
  /** The text with every hidden name replaced; the same string when none occurs. */
  scrub(text: string): string;
}

/**
 * `names` maps a name (an id or label to hide) to its pseudonym. A whole value equal to a name (ignoring
 * case and surrounding spaces) is always replaced; inside longer text only names of 3 or more characters
 * with a letter are, and only as whole words, longest first, so the id "7" never rewrites "17 staff".
 */
export function nameScrubber(names: ReadonlyMap<string, string>): NameScrubber {
  const whole = new Map<string, string>();
  const inText = new Map<string, string>();
  // Characters before a name's first word and after its last ('"Open Door" Project' has one before).
  const leads = new Set<number>();
  const trails = new Set<number>();
  let maxWords = 0;
  for (const [name, replacement] of names) {
    const lower = name.trim().toLowerCase();
    if (!lower) continue;
    if (!whole.has(lower)) whole.set(lower, replacement);
    if (lower.length < 3 || !/\p{L}/u.test(lower)) continue;
    const words = [...lower.matchAll(WORD)];
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    const last = words[words.length - 1];
    if (!inText.has(lower)) inText.set(lower, replacement);
    leads.add(words[0].index!);
    trails.add(lower.length - (last.index! + last[0].length));
    maxWords = Math.max(maxWords, words.length);
  }
  const leadList = [...leads].sort((x, y) => y - x);
  const trailList = [...trails].sort((x, y) => y - x);

  return {
    scrub(text: string): string {
      const exact = whole.get(text.trim().toLowerCase());
      if (exact !== undefined) return exact;
      if (inText.size === 0) return text;
      const lower = text.toLowerCase();
      // toLowerCase changes the length of a few characters; positions would drift, so only whole values then.
      if (lower.length !== text.length) return text;
      const words = [...lower.matchAll(WORD)].map((m) => [m.index!, m.index! + m[0].length] as const);
      let out = '';
      let copied = 0;
      for (let i = 0; i < words.length; i++) {
        const found = matchAt(lower, words, i, copied);
        if (!found) continue;
        out += text.slice(copied, found.start) + found.replacement;
        copied = found.end;
        while (i + 1 < words.length && words[i + 1][0] < copied) i++;
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };

  /** The longest name starting at word i (allowing its leading and trailing punctuation), if any. */
  function matchAt(lower: string, words: (readonly [number, number])[], i: number, copied: number) {
    for (let w = Math.min(maxWords, words.length - i); w >= 1; w--) {
      for (const lead of leadList) {
        const start = words[i][0] - lead;
        if (start < copied) continue;
        for (const trail of trailList) {
          const end = words[i + w - 1][1] + trail;
          if (end > lower.length) continue;
          const key = lower.slice(start, end);
          const replacement = inText.get(key);
          if (replacement === undefined) continue;
          // Whole words only: no letter or digit glued to a name that starts or ends with one.
          if (start > 0 && WORD_CHAR.test(lower[start - 1]) && WORD_CHAR.test(key[0])) continue;
          if (end < lower.length && WORD_CHAR.test(lower[end]) && WORD_CHAR.test(key[key.length - 1])) continue;
          return { start, end, replacement };
        }
      }
    }
    return undefined;
  }
}
