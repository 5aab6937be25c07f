// The XML well-formedness checks xmldom 0.8 skips: it silently recovers from an end tag that does not match
// the open element (so an unclosed <node> swallows its siblings) and keeps a bare `&` as text. One pass over
// the text before parsing; DTDs are skipped here and left to xmldom, which refuses their entities.
import { KnetInputError } from '../problems.js';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

interface OpenElement {
  name: string;
  at: number;
}

/** Throws 'bad-format' naming the line and column of the first tag or `&` that makes the text not well-formed XML. */
export function checkWellFormed(file: string, text: string): void {
  const fail = (at: number, reason: string): never => {
    throw new KnetInputError('bad-format', { file, ...lineAndColumn(text, at) }, `this is not well-formed XML (${reason}).`);
  };
  const checkReferences = referenceChecker(text, fail);
  const open: OpenElement[] = [];
  let rootClosed = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    checkReferences(i, end);
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) i = skipPast(text, i, 4, '-->', 'a comment opened here is never closed (no "-->")', fail);
    else if (text.startsWith('<![CDATA[', i)) i = skipPast(text, i, 9, ']]>', 'a CDATA section opened here is never closed (no "]]>")', fail);
    else if (text.startsWith('<?', i)) i = skipPast(text, i, 2, '?>', 'a processing instruction opened here is never closed (no "?>")', fail);
    else if (text.startsWith('<!DOCTYPE', i)) i = skipDoctype(text, i, fail);
    else if (text.charCodeAt(i + 1) === SLASH) {
      const nameEnd = scanName(text, i + 2);
      const name = text.slice(i + 2, nameEnd);
      const close = skipSpaces(text, nameEnd);
      if (name === '' || text.charCodeAt(close) !== GT) fail(i, `the end tag </${name}> is not closed by ">"`);
      if (open.length === 0 || open[open.length - 1].name !== name) {
        // An element further out that this tag closes means the inner one was left open: name that one.
        if (!open.some((element) => element.name === name)) fail(i, `</${name}> closes an element that is not open`);
        const unclosed = open[open.length - 1];
        const place = lineAndColumn(text, i);
        fail(unclosed.at, `<${unclosed.name}> opened here is never closed: </${name}> on line ${place.line}, column ${place.column} comes first`);
      }
      open.pop();
      if (open.length === 0) rootClosed = true;
      i = close + 1;
    } else {
      const nameEnd = scanName(text, i + 1);
      const name = text.slice(i + 1, nameEnd);
      if (name === '') fail(i, 'a "<" that does not start a tag: write it as &lt;');
      if (rootClosed && open.length === 0) fail(i, `<${name}> comes after the root element has closed`);
      const { end: tagEnd, selfClosing } = scanAttributes(text, nameEnd, name, checkReferences, fail);
      if (!selfClosing) open.push({ name, at: i });
      else if (open.length === 0) rootClosed = true;
      i = tagEnd;
    }
  }
  if (open.length > 0) {
    const unclosed = open[open.length - 1];
    fail(unclosed.at, `<${unclosed.name}> opened here is never closed: the file ends first`);
  }
}

// Attributes of a start tag up to its ">" or "/>": name="value" or name='value', values without "<" and with
// only well-formed references. Returns the index after the tag.
function scanAttributes(text: string, from: number, tag: string, checkReferences: ReferenceCheck, fail: (at: number, reason: string) => never): { end: number; selfClosing: boolean } {
  let i = from;
  for (;;) {
    const before = i;
    i = skipSpaces(text, i);
    const c = text.charCodeAt(i);
    if (i >= text.length) fail(from - tag.length - 1, `the tag <${tag}> opened here is never closed (no ">")`);
    if (c === GT) return { end: i + 1, selfClosing: false };
    if (c === SLASH && text.charCodeAt(i + 1) === GT) return { end: i + 2, selfClosing: true };
    const nameEnd = scanName(text, i);
    if (nameEnd === i || i === before) fail(i, `the tag <${tag}> is not well-formed here: expected an attribute (name="value"), ">" or "/>"`);
    const name = text.slice(i, nameEnd);
    let j = skipSpaces(text, nameEnd);
    if (text.charCodeAt(j) !== EQUALS) fail(i, `the attribute ${name} of <${tag}> has no value: write ${name}="..."`);
    j = skipSpaces(text, j + 1);
    const quote = text.charCodeAt(j);
    if (quote !== QUOTE && quote !== APOSTROPHE) fail(j, `the value of ${name} in <${tag}> is not in quotes`);
    const close = text.indexOf(String.fromCharCode(quote), j + 1);
    if (close < 0) fail(j, `the value of ${name} in <${tag}> opens a quote here that is never closed`);
    const lt = text.indexOf('<', j + 1);
    if (lt >= 0 && lt < close) fail(lt, `a "<" inside the value of ${name}: write it as &lt;`);
    checkReferences(j + 1, close);
    i = close + 1;
  }
}

type ReferenceCheck = (from: number, to: number) => void;

// Every "&" in [from, to) must start &name; or &#digits; or &#xhex; (named entities are checked by xmldom).
// Ranges come in file order, so the next "&" is searched for once, not once per range (which is quadratic).
function referenceChecker(text: string, fail: (at: number, reason: string) => never): ReferenceCheck {
  let next = -1;
  const find = (from: number) => {
    const at = text.indexOf('&', from);
    return at < 0 ? text.length : at;
  };
  return (from, to) => {
    if (next < from) next = find(from);
    for (; next < to; next = find(next + 1)) {
      const semicolon = text.indexOf(';', next + 1);
      const reference = semicolon < 0 || semicolon >= to ? '' : text.slice(next + 1, semicolon);
      if (!/^(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*)$/.test(reference) || !validCharacter(reference)) {
        fail(next, 'a "&" that does not start a reference such as &amp; or &#38;: write a plain & as &amp;');
      }
    }
  };
}

function validCharacter(reference: string): boolean {
  if (!reference.startsWith('#')) return true;
  const code = reference[1] === 'x' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

// Index after `terminator`, searched after the opener (`<!--`, `<?`...) at `from`; an error there when it is missing.
function skipPast(text: string, from: number, opener: number, terminator: string, reason: string, fail: (at: number, reason: string) => never): number {
  const at = text.indexOf(terminator, from + opener);
  if (at < 0) fail(from, reason);
  return at + terminator.length;
}

// <!DOCTYPE name ... [internal subset] >: quoted strings and the bracketed subset may hold ">".
function skipDoctype(text: string, from: number, fail: (at: number, reason: string) => never): number {
  let inSubset = false;
  for (let i = from + 9; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) {
      const close = text.indexOf(String.fromCharCode(c), i + 1);
      if (close < 0) break;
      i = close;
    } else if (inSubset && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      i = close + 2;
    } else if (c === 0x5b) inSubset = true;
    else if (c === 0x5d) inSubset = false;
    else if (c === GT && !inSubset) return i + 1;
  }
  return fail(from, 'a <!DOCTYPE> opened here is never closed');
}

// A name runs to a space, "/", ">", "=", "<", a quote, "&" or the end (the parser judges its characters).
function scanName(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === SLASH || c === GT || c === EQUALS || c === LT || c === QUOTE || c === APOSTROPHE || c === AMP) break;
    i++;
  }
  return i;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** Line (CRLF, LF or CR ends one) and column (in characters, 1-based) of an offset, as text editors count. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}
