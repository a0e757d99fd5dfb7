import { Socket } from 'node:net'

export interface NetworkPrinterAddress {
  host: string
  port: number
}

export interface SendOptions {
  /** Longest wait for the connection, and for the printer to take the bytes. */
  timeoutMs: number
  /**
   * How long to wait for the paper status answer (DLE EOT 4). A printer that does not answer is
   * printed to anyway: many cheap printers ignore status queries.
   */
  statusTimeoutMs: number
  /**
   * A test page proves the printer: one that takes the connection but never answers the status
   * query is then refused (nothing printed) instead of being sent the page blind.
   */
  statusRequired?: boolean
}

/** A print that did not reach the printer, with a sentence the shopkeeper can act on. */
export class NetworkPrintError extends Error {
  constructor(
    readonly reason: 'refused' | 'timeout' | 'unreachable' | 'no_paper' | 'closed',
    message: string
  ) {
    super(message)
    this.name = 'NetworkPrintError'
  }
}

const PAPER_STATUS_QUERY = Uint8Array.of(0x10, 0x04, 0x04)
/** Bits 5 and 6 of the roll paper sensor status: the roll is out. */
const PAPER_OUT_BITS = 0x60

/**
 * Sends raw ESC/POS bytes to a thermal printer over TCP (port 9100, "RAW" or "JetDirect"), after
 * asking whether it has paper. Resolves once every byte was handed to the printer and the
 * connection closed cleanly; rejects with a NetworkPrintError otherwise.
 */
export function sendToNetworkPrinter(address: NetworkPrinterAddress, bytes: Uint8Array, options: SendOptions): Promise<void> {
  const where = `${address.host}:${address.port}`
  return new Promise((resolve, reject) => {
    const socket = new Socket()
    let settled = false
    let statusTimer: NodeJS.Timeout | undefined
    const finish = (error?: NetworkPrintError) => {
      if (settled) return
      settled = true
      clearTimeout(statusTimer)
      if (error) {
        socket.destroy()
        reject(error)
      } else {
        resolve()
      }
    }
    const print = () => {
      clearTimeout(statusTimer)
      socket.removeAllListeners('data')
      socket.end(bytes, () => finish())
    }
    socket.setTimeout(options.timeoutMs)
    socket.on('timeout', () => {
      // After a clean send, a printer that never closes its side is simply let go.
      if (settled) socket.destroy()
      else
        finish(
          new NetworkPrintError(
            'timeout',
            `The printer at ${where} did not answer within ${Math.round(options.timeoutMs / 1000)} seconds. Is it switched on and on the network?`
          )
        )
    })
    socket.on('error', (error: NodeJS.ErrnoException) => finish(describeSocketError(error, where)))
    socket.on('close', () => {
      finish(new NetworkPrintError('closed', `The printer at ${where} closed the connection before the page was sent.`))
    })
    socket.connect(address.port, address.host, () => {
      socket.once('data', (answer: Buffer) => {
        const status = answer[answer.length - 1] ?? 0
        if ((status & PAPER_OUT_BITS) !== 0) {
          finish(new NetworkPrintError('no_paper', `The printer at ${where} is out of paper. Load a new roll, then retry.`))
        } else {
          print()
        }
      })
      statusTimer = setTimeout(() => {
        if (!options.statusRequired) return print()
        finish(
          new NetworkPrintError(
            'timeout',
            `The printer at ${where} took the connection but did not answer within ${(options.statusTimeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds. Is it a receipt printer on port 9100, switched on and not jammed?`
          )
        )
      }, options.statusTimeoutMs)
      socket.write(PAPER_STATUS_QUERY)
    })
  })
}

function describeSocketError(error: NodeJS.ErrnoException, where: string): NetworkPrintError {
  switch (error.code) {
    case 'ECONNREFUSED':
      return new NetworkPrintError('refused', `The printer at ${where} refused the connection. Is it switched on, and is the port right (usually 9100)?`)
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new NetworkPrintError('unreachable', `No printer called ${where} was found on the network. Check its address in the print settings.`)
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new NetworkPrintError('unreachable', `The printer at ${where} cannot be reached. Check the network cable or Wi-Fi, and its address.`)
    case 'ETIMEDOUT':
      return new NetworkPrintError('timeout', `The printer at ${where} did not answer. Is it switched on and on the network?`)
    case 'ECONNRESET':
    case 'EPIPE':
      return new NetworkPrintError('closed', `The printer at ${where} dropped the connection while printing. Check it, then retry.`)
    default:
      return new NetworkPrintError('unreachable', `Could not print to ${where}: ${error.message}`)
  }
}
