/**
 * A seeded pseudo-random generator for draws that anyone can replay: xoshiro128** (Blackman and
 * Vigna, 2018; the reference C code is public domain), its 128-bit state taken from the first 16
 * bytes of SHA-256(seed). Not for secrets (the seed itself comes from `crypto.randomBytes` and
 * is recorded); chosen because it is small enough to check by eye against the reference, passes
 * BigCrush, and gives the same numbers in any language, so an auditor can re-run a draw without
 * this code. Written here rather than taken from npm: it is twenty lines checked against the
 * reference algorithm's first outputs from the state {1, 2, 3, 4}, recomputed by hand and by a
 * separate transcription of the C code (tests/draw.unit.test.ts), and the well-kept package
 * that would do (pure-rand) is only a transitive dependency of the project's test tools.
 */
import { createHash } from 'node:crypto'

export const generatorName = 'xoshiro128**/sha256-seed/fisher-yates v1'

export type Random = {
  /** the next 32-bit unsigned integer */
  nextUint32: () => number
  /** a uniformly distributed integer in [0, n), without modulo bias */
  intBelow: (n: number) => number
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0

/** The generator from an explicit state (four 32-bit words, not all zero). */
export const xoshiro128starstar = (state: [number, number, number, number]): Random => {
  const s = state.map((word) => word >>> 0)
  if (s.every((word) => word === 0))
    throw new RangeError('xoshiro128**: the state cannot be all zero')
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0
    const t = (s[1] << 9) >>> 0
    s[2] = (s[2] ^ s[0]) >>> 0
    s[3] = (s[3] ^ s[1]) >>> 0
    s[1] = (s[1] ^ s[2]) >>> 0
    s[0] = (s[0] ^ s[3]) >>> 0
    s[2] = (s[2] ^ t) >>> 0
    s[3] = rotl(s[3], 11)
    return result
  }
  const intBelow = (n: number) => {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32)
      throw new RangeError(`intBelow: bad bound ${n}`)
    // Rejection sampling: drop the top values that would make some results more likely.
    const limit = 2 ** 32 - (2 ** 32 % n)
    let value = nextUint32()
    while (value >= limit) value = nextUint32()
    return value % n
  }
  return { nextUint32, intBelow }
}

/** The generator for a recorded seed (any text). */
export const seededRandom = (seed: string): Random => {
  if (!seed) throw new RangeError('seed: a non-empty text is required')
  const digest = createHash('sha256').update(seed, 'utf8').digest()
  const state: [number, number, number, number] = [
    digest.readUInt32BE(0),
    digest.readUInt32BE(4),
    digest.readUInt32BE(8),
    digest.readUInt32BE(12),
  ]
  // SHA-256 giving 128 zero bits is not going to happen; the fallback keeps the function total.
  return xoshiro128starstar(state.every((word) => word === 0) ? [1, 0, 0, 0] : state)
}

/** A new array in a uniformly random order (Fisher–Yates, from the last position down). */
export const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = random.intBelow(i + 1)
    ;[result[i], result[j]] = [result[j], result[i]]
  }
  return result
}
