import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * What the proxy does to one request:
 * - pass: forward it and return the answer
 * - error500: answer 500 without forwarding
 * - drop: cut the connection without forwarding
 * - dropAfterCommit: forward it, let the receiver commit, then cut the connection instead of answering
 * - delayAfterCommit: forward it, let the receiver commit, then hold the answer past the client's timeout
 * - twice: forward it twice (the second copy after the first committed) and return the second answer
 */
export const FAULTS = ['pass', 'error500', 'drop', 'dropAfterCommit', 'delayAfterCommit', 'twice'] as const
export type Fault = (typeof FAULTS)[number]

export interface FaultProxyOptions {
  /** The receiver's port on 127.0.0.1. */
  targetPort: number
  /** The fault for the n-th request (1-based). */
  choose(requestNumber: number): Fault
  /** How long delayAfterCommit holds an answer: longer than the client's timeout. */
  delayMs: number
  /** A bound on the traffic: requests past it are refused with 503 and not forwarded. */
  maxRequests: number
  /** Called after the receiver answered a forwarded request, before the client gets the answer. */
  afterCommit?(status: number): void | Promise<void>
}

export interface FaultProxy {
  url: string
  port: number
  /** How often each fault was applied. */
  readonly counts: Record<Fault, number>
  readonly requests: number
  close(): Promise<void>
}

interface Answer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** A fault-injecting HTTP proxy on 127.0.0.1 for the sync tests; it forwards only to 127.0.0.1. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const counts = Object.fromEntries(FAULTS.map((fault) => [fault, 0])) as Record<Fault, number>
  const timers = new Set<NodeJS.Timeout>()
  let requests = 0

  const forward = (incoming: IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers = { ...incoming.headers, host: `127.0.0.1:${options.targetPort}`, connection: 'close' }
      const outgoing = httpRequest({ host: '127.0.0.1', port: options.targetPort, method: incoming.method, path: incoming.url, headers }, (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const passHeaders: Record<string, string> = {}
          const type = answer.headers['content-type']
          if (type) passHeaders['content-type'] = type
          resolve({ status: answer.statusCode ?? 502, headers: passHeaders, body: Buffer.concat(chunks) })
        })
        answer.on('error', reject)
      })
      outgoing.on('error', reject)
      outgoing.end(body)
    })

  const reply = (response: ServerResponse, answer: Answer) => {
    if (response.destroyed || response.headersSent) return
    response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length })
    response.end(answer.body)
  }

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    requests++
    if (requests > options.maxRequests) {
      response.writeHead(503).end()
      return
    }
    const fault = options.choose(requests)
    counts[fault]++
    if (fault === 'error500') {
      response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"injected"}')
      return
    }
    if (fault === 'drop') {
      incoming.socket.destroy()
      return
    }
    let answer = await forward(incoming, body)
    if (fault === 'twice') answer = await forward(incoming, body)
    await options.afterCommit?.(answer.status)
    if (fault === 'dropAfterCommit') {
      incoming.socket.destroy()
      return
    }
    if (fault === 'delayAfterCommit') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer)
          resolve()
        }, options.delayMs)
        timers.add(timer)
      })
    }
    reply(response, answer)
  }

  const server = createServer((incoming, response) => {
    response.on('error', () => undefined)
    handle(incoming, response).catch(() => {
      // The receiver is down or the client went away: the client sees a cut connection.
      incoming.socket.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    counts,
    get requests() {
      return requests
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A small seeded PRNG (mulberry32), so a failing fault sequence can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
