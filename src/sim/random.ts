// Seeded randomness: pod-name suffixes, UIDs, IPs, image-pull jitter, $RANDOM in containers.
// Same seed + same calls = same values, so transcripts replay exactly.

/** apimachinery pkg/util/rand `alphanums`: consonants and digits that cannot spell words. */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const HEX_DIGITS = '0123456789abcdef';

export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that 0, 1, 2 … give unrelated sequences.
    this.state = (seed ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < 4; i++) this.next();
  }

  /** mulberry32: small, fast, good enough for names and jitter. Returns [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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

  /** A version-4 UUID, as the API server assigns to metadata.uid. */
  uuid(): string {
    // The variant digit is drawn first, then the hex groups left to right (the order seeds were made with).
    const variant = HEX_DIGITS[8 + this.int(4)];
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += HEX_DIGITS[this.int(16)];
    return out;
  }
}
