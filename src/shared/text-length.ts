/**
 * How long a text is, counted as the shopkeeper sees it: in characters a reader perceives
 * (extended grapheme clusters), not in code points or UTF-16 units. 👩‍💻 (three code points), é
 * typed as e + ◌́, a Hangul syllable from its jamo, a flag and क्षि each count as one. The import,
 * the Products form and the IPC schema all measure a name, a category and an option with this.
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * A character may bring this many UTF-16 units on average (a family emoji brings 11, a tag-sequence
 * flag 14); more means marks stacked without end, refused however few characters they make.
 */
export const MAX_UNITS_PER_CHARACTER = 16

export function countCharacters(text: string): number {
  let count = 0
  for (const _segment of graphemes.segment(text)) count++
  return count
}

export type LengthProblem = { kind: 'characters'; length: number } | { kind: 'marks' }

/** Why the text does not fit in `max` characters, or null when it does. */
export function lengthProblem(text: string, max: number): LengthProblem | null {
  // A character is at least one unit, so text this short fits without segmenting (most names).
  if (text.length <= max) return null
  if (text.length > max * MAX_UNITS_PER_CHARACTER) return { kind: 'marks' }
  const length = countCharacters(text)
  return length > max ? { kind: 'characters', length } : null
}
