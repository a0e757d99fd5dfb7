import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { receiptEscPos, slipEscPos } from '../../src/main/print/escpos/render-escpos'
import { thermalText } from '../../src/main/print/escpos/thermal-text'
import { NetworkPrintError, sendToNetworkPrinter } from '../../src/main/print/network-printer'
import { CODE_PAGES } from '../../src/shared/print'
import { decodeEscPos } from '../support/escpos-decode'
import { printableOrderFixture } from '../support/printable-order-fixture'

describe('ESC/POS documents', () => {
  it('fall back from a Cyrillic shop’s code page to one with accents, character by character', () => {
    const printed = decodeEscPos(receiptEscPos(printableOrderFixture(), { columns: 48, codePage: 'cp866', reprint: false, openDrawer: false }))
    expect(printed.codePagesUsed[0]).toBe('cp866')
    expect(printed.lines).toContain('Crème brûlée - Large')
    expect(printed.lines).toContain('Пирожки')
    expect(printed.drawerKicks).toBe(0)
    expect(printed.cuts).toBe(1)
  })

  it('print the tax number under the shop and the shop’s footer line by line in place of “Thank you!”', () => {
    const footer = 'Returns within 30 days\n\nThank you for shopping local'
    const printed = decodeEscPos(
      receiptEscPos(printableOrderFixture({ receiptFooter: footer }), { columns: 32, codePage: 'cp858', reprint: false, openDrawer: false })
    )
    printed.lines = printed.lines.map((line) => line.trim())
    const phone = printed.lines.indexOf('+33 1 23 45 67 89')
    expect(printed.lines[phone + 1]).toBe('Tax number FR 40 303 265 045')
    const end = printed.lines.indexOf('Returns within 30 days')
    expect(printed.lines.slice(end, end + 3)).toEqual(['Returns within 30 days', '', 'Thank you for shopping local'])
    expect(printed.lines).not.toContain('Thank you!')
    const plain = decodeEscPos(receiptEscPos(printableOrderFixture(), { columns: 32, codePage: 'cp858', reprint: false, openDrawer: false }))
    expect(plain.lines.map((line) => line.trim())).toContain('Thank you!')
  })

  it('print CJK names as an image (no single-byte code page has them, see print-raster.test.ts), the lines around them as text', () => {
    const printed = decodeEscPos(slipEscPos(printableOrderFixture(), { columns: 32, codePage: 'cp858', reprint: false, openDrawer: false }))
    expect(printed.lines.join('\n')).not.toContain('?')
    const variant = printed.lines.indexOf('      Oat / Hot')
    expect(printed.images.map((image) => image.afterLine)).toContain(variant)
  })

  it('replace typography thermal code pages lack with what they have', () => {
    expect(thermalText('12\u202f345,00\u00a0€ — “quoted” • 2×3 …')).toBe('12 345,00 € - "quoted" * 2x3 ...')
  })

  it('offer only code pages the printer can be switched to', () => {
    for (const { id } of CODE_PAGES) {
      const printed = decodeEscPos(receiptEscPos(printableOrderFixture(), { columns: 48, codePage: id, reprint: false, openDrawer: false }))
      expect(printed.codePagesUsed[0], id).toBe(id)
    }
  })
})

describe('sending to a printer over TCP', () => {
  let server: Server | null = null
  const sockets = new Set<Socket>()
  afterEach(async () => {
    for (const socket of sockets) socket.destroy()
    sockets.clear()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    server = null
  })

  async function listen(onConnection: (socket: Socket) => void): Promise<number> {
    server = createServer((socket) => {
      sockets.add(socket)
      onConnection(socket)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    return typeof address === 'object' && address ? address.port : 0
  }

  it('prints anyway when the printer ignores the paper status query', async () => {
    let got = Buffer.alloc(0)
    const done = new Promise<void>((resolve) => {
      void listen((socket) => {
        socket.on('data', (chunk) => (got = Buffer.concat([got, chunk])))
        socket.on('end', () => {
          socket.end()
          resolve()
        })
      }).then((port) => sendToNetworkPrinter({ host: '127.0.0.1', port }, Uint8Array.of(0x41, 0x0a), { timeoutMs: 2000, statusTimeoutMs: 50 }))
    })
    await done
    expect([...got]).toEqual([0x10, 0x04, 0x04, 0x41, 0x0a])
  })

  it('fails with a reason a shopkeeper can act on', async () => {
    const closedPort = await listen(() => undefined)
    await new Promise<void>((resolve) => server?.close(() => resolve()))
    server = null
    await expect(
      sendToNetworkPrinter({ host: '127.0.0.1', port: closedPort }, Uint8Array.of(1), { timeoutMs: 1000, statusTimeoutMs: 50 })
    ).rejects.toMatchObject({
      reason: 'refused',
      message: expect.stringContaining(`127.0.0.1:${closedPort} refused the connection`)
    })

    const hangsUp = await listen((socket) => socket.destroy())
    const error = await sendToNetworkPrinter({ host: '127.0.0.1', port: hangsUp }, Uint8Array.of(1), { timeoutMs: 1000, statusTimeoutMs: 500 }).catch(
      (failure: unknown) => failure
    )
    expect(error).toBeInstanceOf(NetworkPrintError)
    expect((error as NetworkPrintError).reason).toMatch(/closed/)
  })

  it('gives up on a printer that takes the connection but never answers or reads', async () => {
    const silent = await listen((socket) => socket.pause())
    const big = new Uint8Array(64 * 1024 * 1024)
    await expect(sendToNetworkPrinter({ host: '127.0.0.1', port: silent }, big, { timeoutMs: 300, statusTimeoutMs: 50 })).rejects.toMatchObject({
      reason: 'timeout'
    })
  })
})
