import { schemaMessage } from './i18n/schema-message'

/**
 * Characters a name must not hold: control characters (a line break would split a printed slip),
 * the bidi embeddings, overrides and isolates that can make a name read backwards or hide part of
 * it, lone surrogates, and U+FFFD, the mark a wrong decoding leaves. Zero-width joiner and
 * non-joiner stay: Persian, Indic scripts and emoji sequences need them.
 */
const FORBIDDEN = /[\p{Cc}\u202a-\u202e\u2066-\u2069\ufffd]|\p{Cs}/u

export function textProblem(text: string): string | null {
  const match = FORBIDDEN.exec(text)
  if (!match) return null
  const char = match[0]
  const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
  if (char === '\ufffd') return schemaMessage('text.replacementChar')
  if (char === '\n' || char === '\r') return schemaMessage('text.lineBreak', { code })
  if (char === '\t') return schemaMessage('text.tab', { code })
  if (/\p{Cc}/u.test(char)) return schemaMessage('text.controlChar', { code })
  if (/\p{Cs}/u.test(char)) return schemaMessage('text.brokenChar', { code })
  return schemaMessage('text.bidiOverride', { code })
}
