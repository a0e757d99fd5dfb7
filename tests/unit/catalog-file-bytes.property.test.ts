import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fileBytes } from '../../src/main/catalog/file-bytes'
import { AppError } from '../../src/main/core/app-error'

/** The rule the contract held the file to before main checked it in slices: zod's own. */
const zodBase64 = z.string().base64()
const slices = fc.constantFrom(4, 8, 12, 256 * 1024)
const refusal = (base64: string, slice: number) =>
  fileBytes(base64, slice).then(
    () => null,
    (error: unknown) => error
  )

describe('a catalog file decoded from base64 a slice at a time', () => {
  it('gives back every file’s bytes, in any slice size, in a buffer of its own', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), slices, async (bytes, slice) => {
        const decoded = await fileBytes(Buffer.from(bytes).toString('base64'), slice)
        expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true)
        expect(decoded.byteOffset).toBe(0)
        expect(decoded.buffer.byteLength).toBe(bytes.length)
      })
    )
  })

  it('refuses exactly what zod’s base64 rule refuses, as a VALIDATION of the file with the contract’s sentence', async () => {
    const alphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ %\n'.split(''))
    const nearlyBase64 = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 40 }),
      fc.uint8Array({ maxLength: 30 }).chain((bytes) => {
        const good = Buffer.from(bytes).toString('base64')
        return fc
          .tuple(fc.nat({ max: good.length }), fc.string({ unit: alphabet, maxLength: 2 }))
          .map(([at, text]) => good.slice(0, at) + text + good.slice(at))
      }),
      // Any run of characters with up to three of padding: "A===" has four characters, and is not base64.
      fc
        .tuple(fc.string({ unit: fc.constantFrom(...'AZaz09+/'.split('')), maxLength: 9 }), fc.integer({ min: 0, max: 3 }))
        .map(([body, padding]) => body + '='.repeat(padding)),
      fc.string({ maxLength: 12 })
    )
    await fc.assert(
      fc.asyncProperty(nearlyBase64, slices, async (text, slice) => {
        const error = await refusal(text, slice)
        expect(error === null).toBe(zodBase64.safeParse(text).success)
        if (error === null) return
        expect(error).toBeInstanceOf(AppError)
        expect((error as AppError).toData()).toMatchObject({
          code: 'VALIDATION',
          issues: [{ path: 'file', rule: 'invalid_format', key: 'errors.schema.catalogImport.intact' }]
        })
      }),
      { numRuns: 500 }
    )
  })

  it('lets the event loop turn between slices', async () => {
    let turns = 0
    const timer = setInterval(() => turns++, 0)
    await fileBytes(Buffer.alloc(3 * 1024 * 1024).toString('base64'))
    clearInterval(timer)
    // 4 MB of base64 is 16 slices; a timer runs in some of the 15 turns between them.
    expect(turns).toBeGreaterThan(0)
  })
})
