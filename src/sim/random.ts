// Seeded randomness: pod-name suffixes, UIDs, IPs, image-pull jitter, $RANDOM in containers.
// Same seed + same calls = same values, so transcripts replay exactly.

/** apimachinery pkg/util/rand `alphanums`: consonants and digits that cannot spell words. */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const HEX_DIGITS = '0123456789abcdef';
const HEX_CODES = Array.from(HEX_DIGITS, (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const FOUR = '4'.charCodeAt(0);
/**
 * Character codes of the string being built, reused by every call: a UID or a container ID is one string made
 * from them, without a new 36- or 64-element array per object, event and container (issue 12: allocations). Every
 * slot is written before each use.
 */
const UUID_CODES: number[] = new Array<number>(36).fill(0);
const HEX_SCRATCH: number[][] = [];

export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that 0, 1, 2 … give unrelated sequences.
    this.state = (seed ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < 4; i++) this.next();
  }

  /** mulberry32: small, fast, good enough for names and jitter. Returns [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** The generator's next 32-bit output (next() is this over 2^32). */
  private nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** utilrand.String(n) over NAME_SUFFIX_ALPHABET — [rand] apimachinery pkg/util/rand/rand.go. */
  suffix(length = 5): string {
    let out = '';
    for (let i = 0; i < length; i++) out += NAME_SUFFIX_ALPHABET[this.int(NAME_SUFFIX_ALPHABET.length)];
    return out;
  }

  /**
   * A version-4 UUID, as the API server assigns to metadata.uid: xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx. The variant
   * digit V (8-b) is drawn first, then the hex digits left to right (the order seeds were made with); built as one
   * string, as every object and event gets one (issue 12: allocations per sync).
   */
  uuid(): string {
    const variant = HEX_CODES[8 + this.int(4)]!;
    const codes = UUID_CODES;
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) codes[i] = DASH;
      else if (i === 14) codes[i] = FOUR;
      else if (i === 19) codes[i] = variant;
      else codes[i] = HEX_CODES[this.nibble()]!;
    }
    return String.fromCharCode.apply(null, codes);
  }

  hex(length: number): string {
    // One scratch array per length asked for (container IDs: 64); other lengths are rare.
    let codes = HEX_SCRATCH[length];
    if (!codes) {
      codes = new Array<number>(length).fill(0);
      if (length <= 256) HEX_SCRATCH[length] = codes;
    }
    for (let i = 0; i < length; i++) codes[i] = HEX_CODES[this.nibble()]!;
    return String.fromCharCode.apply(null, codes);
  }

  /**
   * this.int(16) without a float: floor(u / 2^32 · 16) is the top four bits of u. A small integer, so nothing is
   * boxed when it is returned (container IDs take 64 draws, every UID 31).
   */
  private nibble(): number {
    return this.nextU32() >>> 28;
  }
}
