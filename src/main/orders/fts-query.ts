/**
 * Turns what a shopkeeper typed into an FTS5 query: every word must match the beginning of a word
 * in the text. Only letters and digits reach FTS5, so no input can form query syntax.
 * With `skipSingleCharacters`, a one-character word is dropped when a longer one is there: it has
 * no prefix index, and in the order list the "A" of "A-000042" starts a word of every order, so it
 * would make FTS5 read the whole history.
 */
export function ftsPrefixQuery(text: string, options: { skipSingleCharacters?: boolean } = {}): string | null {
  const typed = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
  const longer = options.skipSingleCharacters ? typed.filter((word) => word.length > 1) : []
  const words = (longer.length > 0 ? longer : typed).slice(0, 8)
  if (words.length === 0) return null
  return words.map((word) => `"${word}"*`).join(' ')
}
