import { createServer, type Server, type Socket } from 'node:net'

export interface FakeThermalPrinter {
  readonly port: number
  /** Every connection's bytes, in arrival order: one entry per print job received. */
  readonly received: Uint8Array[]
  /** Resolves once `count` jobs have arrived (they land just after the sender finished). */
  waitForJobs(count: number): Promise<Uint8Array[]>
  /** Answers the paper status query as a printer whose roll ran out. */
  paperOut: boolean
  /** Takes connections and bytes but never answers the status query (a hung or non-ESC/POS device). */
  mute: boolean
  /** Stops listening, as a printer that was switched off. */
  switchOff(): Promise<void>
  /** Listens again on the same port. */
  switchOn(): Promise<void>
  close(): Promise<void>
}

/**
 * A thermal printer on loopback: takes raw ESC/POS over TCP, answers DLE EOT 4 (roll paper
 * status) like an Epson, and keeps what it was sent.
 */
export async function startFakeThermalPrinter(): Promise<FakeThermalPrinter> {
  const received: Uint8Array[] = []
  const sockets = new Set<Socket>()
  let server: Server | null = null
  let port = 0
  const printer: FakeThermalPrinter = {
    get port() {
      return port
    },
    received,
    async waitForJobs(count) {
      for (let waited = 0; received.length < count; waited += 10) {
        if (waited > 3000) throw new Error(`The printer received ${received.length} jobs, expected ${count}`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return received
    },
    paperOut: false,
    mute: false,
    switchOff: () => stop(),
    switchOn: () => listen(port),
    close: () => stop()
  }
  const listen = (onPort: number) =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((socket) => {
        sockets.add(socket)
        const chunks: Buffer[] = []
        socket.on('data', (chunk) => {
          // DLE EOT 4: bits 1 and 4 always set; bits 5 and 6 when the paper is out.
          if (!printer.mute && chunk.length === 3 && chunk[0] === 0x10 && chunk[1] === 0x04 && chunk[2] === 0x04) {
            socket.write(Uint8Array.of(printer.paperOut ? 0x72 : 0x12))
          }
          chunks.push(chunk)
        })
        socket.on('end', () => {
          const bytes = new Uint8Array(Buffer.concat(chunks))
          // A connection that only asked for the paper status printed nothing.
          if (bytes.length > 3) received.push(bytes)
          socket.end()
        })
        socket.on('close', () => sockets.delete(socket))
        socket.on('error', () => undefined)
      })
      next.once('error', reject)
      next.listen(onPort, '127.0.0.1', () => {
        const address = next.address()
        if (address && typeof address === 'object') port = address.port
        server = next
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server
      server = null
      for (const socket of sockets) socket.destroy()
      if (!current) return resolve()
      current.close(() => resolve())
    })
  await listen(0)
  return printer
}
