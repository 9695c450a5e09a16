// Digits of π for the Kubernetes docs' Job example `perl -Mbignum=bpi -wle 'print bpi(2000)'`, computed with
// BigInt from Machin's formula π = 16·atan(1/5) − 4·atan(1/239). Math::BigFloat's bpi(N) gives N significant
// digits rounded in its default mode ('even'), so bpi(2000) prints `3.` and 1999 decimals.

function arctanInverse(x: bigint, unity: bigint): bigint {
  // atan(1/x) = 1/x − 1/(3x³) + 1/(5x⁵) − …, each term scaled by `unity`.
  let sum = 0n;
  let power = unity / x;
  const xSquared = x * x;
  let n = 1n;
  let sign = 1n;
  while (power !== 0n) {
    sum += (sign * power) / n;
    power /= xSquared;
    n += 2n;
    sign = -sign;
  }
  return sum;
}

/** π to `significant` digits as Math::BigFloat prints it (`3.14…`). */
export function piDigits(significant: number): string {
  const digits = Math.max(1, Math.floor(significant));
  const guard = 12;
  const unity = 10n ** BigInt(digits - 1 + guard);
  const pi = 16n * arctanInverse(5n, unity) - 4n * arctanInverse(239n, unity);
  // pi = π·10^(digits-1+guard); keep `digits` significant digits, rounding half to even.
  const scale = 10n ** BigInt(guard);
  let kept = pi / scale;
  const rest = pi % scale;
  const half = scale / 2n;
  if (rest > half || (rest === half && kept % 2n === 1n)) kept += 1n;
  const text = kept.toString();
  return text.length === 1 ? text : `${text[0]}.${text.slice(1)}`;
}
