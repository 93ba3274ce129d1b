/**
 * The respondent ids read so far, each with the line it was first read on, for telling a
 * duplicate id with the line of its first use. Ids written as plain integers (how most survey
 * tools number respondents) go into an open-addressing hash table of numbers, which costs a
 * fraction of a Map of strings at a million rows; every other id goes into a Map. "7" and "07"
 * stay different ids: only an integer without leading zeros (up to 15 digits) is a number here.
 */
export class IdIndex {
  /** Plain-integer ids, −1 in an empty slot; the table's size is a power of two. */
  private keys = new Float64Array(FIRST_SLOTS).fill(-1);
  private lines = new Int32Array(FIRST_SLOTS);
  private numbers = 0;
  /** 32 − log₂ of the table's size: the product's bits above it give a slot. */
  private shift = 32 - Math.log2(FIRST_SLOTS);
  private strings = new Map<string, number>();

  /** How many different ids have been added. */
  get size(): number {
    return this.numbers + this.strings.size;
  }

  /**
   * The line an id was first read on; when it is new, 0, and it is added with `line` (≥ 1).
   *
   * @example
   * const ids = new IdIndex();
   * ids.firstLine("17", 2); // 0
   * ids.firstLine("17", 9); // 2
   */
  firstLine(id: string, line: number): number {
    const x = plainInteger(id);
    if (x >= 0) return this.firstLineOfNumber(x, line);
    const first = this.strings.get(id);
    if (first !== undefined) return first;
    this.strings.set(id, line);
    return 0;
  }

  /**
   * {@link firstLine} for an id written as a plain integer, given as its value (as
   * `CsvReader.plainInteger` reads it).
   *
   * @example
   * ids.firstLineOfNumber(17, 9) // 2 when "17" was read on line 2
   */
  firstLineOfNumber(x: number, line: number): number {
    let slot = this.slot(x);
    if (this.keys[slot] === x) return this.lines[slot];
    if ((this.numbers + 1) * 2 > this.keys.length) {
      this.grow();
      slot = this.slot(x);
    }
    this.keys[slot] = x;
    this.lines[slot] = line;
    ++this.numbers;
    return 0;
  }

  /** Whether an id has been added. */
  has(id: string): boolean {
    const x = plainInteger(id);
    return x < 0 ? this.strings.has(id) : this.keys[this.slot(x)] === x;
  }

  /** Whether a plain-integer id (as {@link numberIds} gives them) has been added. */
  hasNumber(x: number): boolean {
    return this.keys[this.slot(x)] === x;
  }

  /** The plain-integer ids, in no particular order. */
  numberIds(): Float64Array {
    const out = new Float64Array(this.numbers);
    let k = 0;
    for (let i = 0; i < this.keys.length; ++i) if (this.keys[i] >= 0) out[k++] = this.keys[i];
    return out;
  }

  /** The other ids, in the order they were added. */
  stringIds(): string[] {
    return [...this.strings.keys()];
  }

  /** The slot holding x, or the empty slot where it would go (linear probing from its hash). */
  private slot(x: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing of both 32-bit halves: the top bits of the product with 2³²/φ. (Its low
    // bits keep the pattern of x's low bits: ids that step by a power of two would pile up.)
    let i = (Math.imul(((x >>> 0) + Math.imul((x / 4294967296) >>> 0, 0x85ebca6b)) | 0, 0x9e3779b1) >>> 0) >>> this.shift;
    while (this.keys[i] !== x && this.keys[i] !== -1) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const {keys, lines} = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.lines = new Int32Array(keys.length * 2);
    this.shift = 32 - Math.log2(this.keys.length);
    for (let i = 0; i < keys.length; ++i) {
      if (keys[i] < 0) continue;
      const slot = this.slot(keys[i]);
      this.keys[slot] = keys[i];
      this.lines[slot] = lines[i];
    }
  }
}

/** The size of an {@link IdIndex}'s table of numbers at first (a power of two). */
const FIRST_SLOTS = 1024;

/**
 * The most digits of an id kept as a number: every integer of 15 digits is exact in a double. The
 * rule of a plain integer (digits only, no leading zero, at most this many) is read from a string
 * here and from a file's bytes by `CsvReader.plainInteger`.
 */
export const MAX_PLAIN_DIGITS = 15;

/** The value of an id written as a plain integer (digits only, no leading zero, at most {@link MAX_PLAIN_DIGITS}), else −1. */
function plainInteger(id: string): number {
  const n = id.length;
  if (n === 0 || n > MAX_PLAIN_DIGITS || (n > 1 && id.charCodeAt(0) === 48)) return -1;
  let x = 0;
  for (let i = 0; i < n; ++i) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    x = x * 10 + digit;
  }
  return x;
}
