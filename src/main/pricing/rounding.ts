/**
 * Integer arithmetic for money. Products such as price x quantity x basis points can pass 2^53,
 * so they are formed as BigInt and only the rounded result comes back as a number.
 */

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('The denominator must be positive')
  const negative = numerator < 0n
  const magnitude = negative ? -numerator : numerator
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n)
  return negative ? -quotient : quotient
}

export function toSafeNumber(value: bigint): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number)) throw new RangeError(`Amount ${value} is beyond what a till can hold`)
  return number
}

/** amount x basisPoints / 10000, rounded half away from zero. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return toSafeNumber(divideRounded(BigInt(amount) * BigInt(basisPoints), 10_000n))
}

/**
 * Splits `amount` over parts in proportion to `weights` so the parts add up to exactly `amount`
 * (largest-remainder rule): every part gets its share rounded down, then the units left over go one
 * each to the parts with the largest remainders, earlier parts first on a tie. No part exceeds its
 * weight, since `amount` never exceeds the sum of the weights.
 */
export function spreadProportionally(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  if (amount < 0 || weights.some((weight) => weight < 0)) throw new RangeError('Cannot spread negative amounts')
  if (amount > total) throw new RangeError(`Cannot spread ${amount} over weights that sum to ${total}`)
  if (amount === 0) return weights.map(() => 0)
  const bigAmount = BigInt(amount)
  const bigTotal = BigInt(total)
  const shares = weights.map((weight) => {
    const exact = BigInt(weight) * bigAmount
    return { floor: exact / bigTotal, remainder: exact % bigTotal }
  })
  let left = bigAmount - shares.reduce((sum, share) => sum + share.floor, 0n)
  const byRemainder = shares
    .map((share, index) => ({ remainder: share.remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  const parts = shares.map((share) => share.floor)
  for (const { index } of byRemainder) {
    if (left === 0n) break
    parts[index] = (parts[index] ?? 0n) + 1n
    left -= 1n
  }
  return parts.map(toSafeNumber)
}
