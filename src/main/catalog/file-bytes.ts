import { schemaMessage, schemaMessageRef } from '../../shared/i18n/schema-message'
import { AppError } from '../core/app-error'
import { yieldToEventLoop } from '../core/yield'

/** Base64 characters checked and decoded between two turns of the event loop (about 1 ms of work). */
const SLICE = 256 * 1024
const BODY = /^[0-9a-zA-Z+/]*$/
const LAST = /^[0-9a-zA-Z+/]*={0,2}$/

/**
 * A catalog file's bytes from the base64 the window sends, checked and decoded a slice at a time
 * so that a 40 MB file never holds the main process's event loop; into a buffer of its own, so
 * that it can be handed to the import worker without a copy. Refuses what zod's `base64()` refuses
 * (the contract's rule, too slow to run on a whole file at once), with the same issue.
 */
export async function fileBytes(base64: string, sliceChars = SLICE): Promise<Uint8Array<ArrayBuffer>> {
  if (sliceChars <= 0 || sliceChars % 4 !== 0) throw new RangeError('A slice is a whole number of 4-character groups.')
  if (base64.length % 4 !== 0) throw notBase64()
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding)
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let written = 0
  for (let start = 0; start < base64.length; start += sliceChars) {
    const last = start + sliceChars >= base64.length
    const slice = base64.slice(start, start + sliceChars)
    if (!(last ? LAST : BODY).test(slice)) throw notBase64()
    written += view.write(slice, written, 'base64')
    if (!last) await yieldToEventLoop()
  }
  return bytes
}

function notBase64(): AppError {
  const message = schemaMessage('catalogImport.intact')
  return new AppError('VALIDATION', `file: ${message}`, {
    issues: [{ path: 'file', message, rule: 'invalid_format', ...schemaMessageRef(message) }]
  })
}
