// Attribute names and characters that XML graph files cannot carry as they are. graphology's GEXF/GraphML
// code keeps attributes in plain objects, where keys like `__proto__` or `constructor` are lost or misread
// (they are inherited): such names travel under a prefix (SAFE_PREFIX) and are restored on the way out.
// XML 1.0 cannot hold most control characters.

/** Marks a renamed attribute; from-graph.ts strips it when building organisations and flows. */
export const SAFE_PREFIX = '\u2060knet:';

/** Names a plain object already answers for (`__proto__`, `constructor`, `toString`...). */
export function isUnsafeName(name: string): boolean {
  return name in Object.prototype;
}

export function protectName(name: string): string {
  return isUnsafeName(name) ? SAFE_PREFIX + name : name;
}

/** Undoes protectName in finished XML text. */
export function restoreNames(xml: string): string {
  return xml.includes(SAFE_PREFIX) ? xml.split(SAFE_PREFIX).join('') : xml;
}

// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters XML cannot hold with U+FFFD, so the file stays readable by every XML parser. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Renames unsafe attribute names in a parsed document before graphology reads it. */
export function protectDocument(document: Document, declarations: { tag: string; attributes: string[] }[]): void {
  for (const { tag, attributes } of declarations) {
    const elements = document.getElementsByTagName(tag);
    for (let i = 0; i < elements.length; i++) {
      for (const attribute of attributes) {
        const value = elements[i].getAttribute(attribute);
        if (value !== null && isUnsafeName(value)) elements[i].setAttribute(attribute, protectName(value));
      }
    }
  }
}
