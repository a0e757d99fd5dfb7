/**
 * Characters a name must not hold: control characters (a line break would split a printed slip),
 * the bidi embeddings, overrides and isolates that can make a name read backwards or hide part of
 * it, lone surrogates, and U+FFFD, the mark a wrong decoding leaves. Zero-width joiner and
 * non-joiner stay: Persian, Indic scripts and emoji sequences need them.
 */
const FORBIDDEN = /[\p{Cc}\u202a-\u202e\u2066-\u2069\ufffd]|\p{Cs}/u

export function textProblem(text: string, what: string): string | null {
  const match = FORBIDDEN.exec(text)
  if (!match) return null
  const char = match[0]
  const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
  if (char === '\ufffd') return `${what} holds U+FFFD, the mark of a file read in the wrong encoding: fix it in the file`
  if (/\p{Cc}/u.test(char))
    return `${what} holds a control character (${code}${char === '\n' || char === '\r' ? ', a line break' : char === '\t' ? ', a tab' : ''}): remove it`
  if (/\p{Cs}/u.test(char)) return `${what} holds a broken character (${code}): type it again`
  return `${what} holds a bidirectional override (${code}) that can make it read backwards: remove it`
}
