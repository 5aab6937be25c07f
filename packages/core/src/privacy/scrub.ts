// Finds organisation names inside free text ("Led by Wigan Council with ...") and replaces them with their
// pseudonyms. Candidates are looked up by the word a name starts with, so the cost grows with the text,
// not with the number of names.
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface NameScrubber {
  /** The text with every hidden name replaced; the same string when none occurs. */
  scrub(text: string): string;
}

interface Candidate {
  lower: string;
  /** Characters before the name's first word ('"Open Door" Project' starts one character early). */
  lead: number;
  replacement: string;
}

/**
 * `names` maps a name (an id or label to hide) to its pseudonym. A whole value equal to a name (ignoring
 * case and surrounding spaces) is always replaced; inside longer text only names of 3 or more characters
 * with a letter are, and only as whole words, so the id "7" never rewrites "17 staff".
 */
export function nameScrubber(names: ReadonlyMap<string, string>): NameScrubber {
  const whole = new Map<string, string>();
  const byFirstWord = new Map<string, Candidate[]>();
  for (const [name, replacement] of names) {
    const lower = name.trim().toLowerCase();
    if (!lower) continue;
    if (!whole.has(lower)) whole.set(lower, replacement);
    if (lower.length < 3 || !/\p{L}/u.test(lower)) continue;
    WORD.lastIndex = 0;
    const first = WORD.exec(lower);
    if (!first) continue;
    const list = byFirstWord.get(first[0]) ?? [];
    list.push({ lower, lead: first.index, replacement });
    byFirstWord.set(first[0], list);
  }
  // Longest first, so "Ashby Vale Mutual Care" wins over "Ashby Vale".
  for (const list of byFirstWord.values()) list.sort((x, y) => y.lower.length - x.lower.length);

  return {
    scrub(text: string): string {
      const exact = whole.get(text.trim().toLowerCase());
      if (exact !== undefined) return exact;
      if (byFirstWord.size === 0) return text;
      const lowerText = text.toLowerCase();
      // toLowerCase can change the length of a few characters; then positions would drift, so only exact.
      if (lowerText.length !== text.length) return text;
      let out = '';
      let copied = 0;
      WORD.lastIndex = 0;
      for (let match = WORD.exec(lowerText); match; match = WORD.exec(lowerText)) {
        const candidates = byFirstWord.get(match[0]);
        if (!candidates) continue;
        for (const candidate of candidates) {
          const start = match.index - candidate.lead;
          const end = start + candidate.lower.length;
          if (start < copied || lowerText.slice(start, end) !== candidate.lower) continue;
          if (start > 0 && WORD_CHAR.test(lowerText[start - 1]) && WORD_CHAR.test(candidate.lower[0])) continue;
          if (end < lowerText.length && WORD_CHAR.test(lowerText[end]) && WORD_CHAR.test(candidate.lower[candidate.lower.length - 1])) continue;
          out += text.slice(copied, start) + candidate.replacement;
          copied = end;
          WORD.lastIndex = end;
          break;
        }
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };
}
