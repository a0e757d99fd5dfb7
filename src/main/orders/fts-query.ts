/**
 * Turns what a shopkeeper typed into an FTS5 query: every word must match the beginning of a word
 * in the text. Only letters and digits reach FTS5, so no input can form query syntax.
 */
export function ftsPrefixQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)
  if (words.length === 0) return null
  return words.map((word) => `"${word}"*`).join(' ')
}
