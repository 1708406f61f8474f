/**
 * The XML scanning the streamed .xlsx reader (xlsx-reader.ts) is built on: elements found with indexOf, linear in
 * the text whatever it holds; attributes; character data decoded.
 */

const ATTRS = new Map<string, RegExp>();
/** An attribute's value, in double or single quotes. */
export const attr = (attrs: string, name: string) => {
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`);
    ATTRS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
};

/**
 * The text of `s` in a string of its own. V8 keeps a slice of 13 characters or more as a view into the string it
 * was cut from: a cell's text cut from a piece of sheet XML would hold the whole piece for as long as the cell is
 * held (a batch of rows waiting for the database; the shared strings, held for the whole read). Joined to a space
 * and cut again, the text is copied into a new string and the piece is free.
 */
export const detach = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML character data as text: entities and Excel's `_xHHHH_` escapes decoded, CDATA sections unwrapped, and
 * line ends as an XML reader gives them (a literal CR LF or CR is LF).
 */
export function unescapeXml(s: string): string {
  if (s.includes('<![CDATA[')) {
    let out = '';
    let at = 0;
    for (;;) {
      const open = s.indexOf('<![CDATA[', at);
      if (open < 0) break;
      const close = s.indexOf(']]>', open + 9);
      const end = close < 0 ? s.length : close;
      out += unescapeXml(s.slice(at, open)) + s.slice(open + 9, end).replace(/\r\n?/g, '\n');
      at = close < 0 ? s.length : close + 3;
    }
    return detach(out + unescapeXml(s.slice(at)));
  }
  if (!s.includes('&') && !s.includes('_x') && !s.includes('\r')) return detach(s);
  // literal line ends first, as an XML reader sees them; then those the escapes spell (_x000D_ before a LF)
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITIES[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\r\n?/g, '\n');
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** A character of an XML name's prefix (letters, digits, _ . -). */
const isNameCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/**
 * A search for a string in a text, left to right, that remembers its last answer: asked again from a place
 * at or before that answer, it gives it without searching. `accept` turns a place where the string is found
 * into the position it stands for (or -1 to search on).
 */
class Finder {
  private from = -1;
  private hit = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
    private readonly accept: (at: number) => number,
  ) {}

  /** The first accepted position at or after `from`, or -1. */
  next(from: number): number {
    if (this.from >= 0 && from >= this.from && (this.hit < 0 || this.hit >= from)) return this.hit;
    this.from = from;
    this.hit = -1;
    for (
      let at = this.text.indexOf(this.needle, from);
      at >= 0;
      at = this.text.indexOf(this.needle, at + 1)
    ) {
      const hit = this.accept(at);
      if (hit >= from) {
        this.hit = hit;
        break;
      }
    }
    return this.hit;
  }
}

/**
 * The elements of one name (any namespace prefix: `<row>`, `<x:row>`) in a text, found one after another
 * with indexOf. Every search goes on from where the last one ended, so the text is searched a bounded
 * number of times whatever it holds: an element opened and never closed costs no search to the end of the
 * text for each one (what a regular expression does, quadratic in a file of unclosed tags). An element whose
 * end tag is missing ends where the next one of its name starts; a start tag without its `>` is skipped.
 */
export class Elements {
  /** The element found: where its start tag begins, */
  at = -1;
  /** where its start tag's `>` is, */
  private gtAt = -1;
  /** its content [start, stop) (both -1 for an empty element `<x/>`), */
  start = -1;
  stop = -1;
  /** and where the text after it begins. */
  after = 0;
  private readonly openPlain: Finder;
  private readonly openPrefixed: Finder;
  private readonly closePlain: Finder;
  private readonly closePrefixed: Finder;
  private readonly gt: Finder;

  constructor(
    private readonly text: string,
    name: string,
  ) {
    const n = name.length;
    const endsName = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 62 || c === 47 || isSpace(c);
    };
    const closes = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 62 || isSpace(c);
    };
    // the '<' (or '</') before a prefix that ends just before `colon`, or -1
    const prefixStart = (colon: number, close: boolean) => {
      let k = colon - 1;
      while (k >= 0 && isNameCode(text.charCodeAt(k))) k--;
      if (k === colon - 1 || k < 0) return -1;
      if (!close) return text.charCodeAt(k) === 60 ? k : -1;
      return text.charCodeAt(k) === 47 && text.charCodeAt(k - 1) === 60 ? k - 1 : -1;
    };
    this.openPlain = new Finder(text, `<${name}`, (at) => (endsName(at + 1 + n) ? at : -1));
    this.openPrefixed = new Finder(text, `:${name}`, (at) =>
      endsName(at + 1 + n) ? prefixStart(at, false) : -1,
    );
    this.closePlain = new Finder(text, `</${name}`, (at) => (closes(at + 2 + n) ? at : -1));
    this.closePrefixed = new Finder(text, `:${name}`, (at) =>
      closes(at + 1 + n) ? prefixStart(at, true) : -1,
    );
    this.gt = new Finder(text, '>', (at) => at);
  }

  private open(from: number): number {
    const a = this.openPlain.next(from);
    const b = this.openPrefixed.next(from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private close(from: number): number {
    const a = this.closePlain.next(from);
    const b = this.closePrefixed.next(from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Moves to the first element that starts in [from, end); false when there is none. */
  next(from: number, end: number): boolean {
    let at = this.open(from);
    while (at >= 0 && at < end) {
      const following = this.open(at + 1);
      const limit = following >= 0 && following < end ? following : end;
      const gt = this.gt.next(at);
      if (gt >= 0 && gt < limit) {
        this.at = at;
        this.gtAt = gt;
        if (this.text.charCodeAt(gt - 1) === 47) {
          this.start = -1;
          this.stop = -1;
          this.after = gt + 1;
          return true;
        }
        this.start = gt + 1;
        const close = this.close(gt + 1);
        if (close >= 0 && close < limit) {
          this.stop = close;
          const closeGt = this.gt.next(close);
          this.after = closeGt >= 0 && closeGt < limit ? closeGt + 1 : limit;
        } else {
          this.stop = limit;
          this.after = limit;
        }
        return true;
      }
      at = following;
    }
    return false;
  }

  /** The start tag of the element found, its name and attributes (`<c r="A1" t="s"`). */
  attrs(): string {
    return this.text.slice(this.at, this.gtAt);
  }

  /** Where the value `attrValue` found begins and ends in the text: [valueStart, valueEnd). */
  valueStart = -1;
  valueEnd = -1;

  /**
   * Finds the value of attribute `name` in the start tag of the element found, as `attr(this.attrs(), name)` does,
   * without making a string: true and [valueStart, valueEnd) set, or false. The streamed reader asks this of every
   * cell, where the tag's text and the regular expression's match made ≈ 3 KB of garbage per member row.
   */
  attrValue(name: string): boolean {
    const { text } = this;
    const n = name.length;
    const first = name.charCodeAt(0);
    for (let i = this.at + 1; i + n + 2 < this.gtAt; i++) {
      if (text.charCodeAt(i) !== first || !isSpace(text.charCodeAt(i - 1))) continue;
      if (text.charCodeAt(i + n) !== 61 || !text.startsWith(name, i)) continue;
      const quote = text.charCodeAt(i + n + 1);
      if (quote !== 34 && quote !== 39) continue;
      const close = text.indexOf(quote === 34 ? '"' : "'", i + n + 2);
      if (close < 0 || close >= this.gtAt) continue;
      this.valueStart = i + n + 2;
      this.valueEnd = close;
      return true;
    }
    return false;
  }

  /** Whether the value `attrValue` found is `value`. */
  valueIs(value: string): boolean {
    return this.valueEnd - this.valueStart === value.length && this.text.startsWith(value, this.valueStart);
  }

  /** The value `attrValue` found, as Number() reads it (numberAt). */
  valueNumber(): number {
    return numberAt(this.text, this.valueStart, this.valueEnd);
  }
}

/**
 * `Number(text.slice(from, to))` without the slice when [from, to) is only digits (at most 15 of them): a row's
 * number, a cell's style, a shared string's index.
 */
export function numberAt(text: string, from: number, to: number): number {
  if (to > from && to - from <= 15) {
    let n = 0;
    let i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i === to) return n;
  }
  return Number(text.slice(from, to));
}
