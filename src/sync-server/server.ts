import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { EventAck, WireEvent } from '../shared/sync-protocol'
import type { SchemaIssue } from './json-schema'
import { PAYLOAD_SCHEMAS, protocolSchemas } from './protocol-schemas'
import type { ReceiverStore } from './store'

export interface ReceiverOptions {
  store: ReceiverStore
  /** Every request must carry `Authorization: Bearer <token>`. */
  token: string
  maxBodyBytes?: number
  log?: (line: string) => void
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const MAX_EVENTS = 1000

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * The reference receiver of sync protocol v1 (docs/sync.md): POST /v1/events stores a batch and
 * acknowledges each event; GET /v1/tills and GET /v1/tills/:tillId/events show what it holds.
 */
export function createReceiver(options: ReceiverOptions): Server {
  const schemas = protocolSchemas()
  const expected = Buffer.from(`Bearer ${options.token}`)
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024
  const log = options.log ?? (() => undefined)

  const authorized = (request: IncomingMessage): boolean => {
    const given = Buffer.from(request.headers.authorization ?? '')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  const acknowledge = async (body: unknown): Promise<EventAck[]> => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object.')
    const { tillId, events } = body as { tillId?: unknown; events?: unknown }
    if (typeof tillId !== 'string' || !UUID.test(tillId)) throw new HttpError(400, 'tillId must be a lowercase UUID.')
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS) {
      throw new HttpError(400, `events must be an array of 1 to ${MAX_EVENTS} events.`)
    }
    const acks = new Map<number, EventAck>()
    const valid: Array<{ index: number; event: WireEvent }> = []
    events.forEach((event: unknown, index) => {
      const eventId = typeof event === 'object' && event !== null ? (event as { eventId?: unknown }).eventId : undefined
      // Without a usable id an event cannot be acknowledged at all: it stays queued on the till.
      if (typeof eventId !== 'string' || !UUID.test(eventId)) return
      const problem = firstIssue(schemas.validate('batch.json#/$defs/event', event))
      const type = (event as WireEvent).type
      const payloadSchema = PAYLOAD_SCHEMAS[type]
      const payloadProblem = problem ?? (payloadSchema ? firstIssue(schemas.validate(payloadSchema, (event as WireEvent).payload), 'payload') : null)
      if (problem || payloadProblem) acks.set(index, { eventId, status: 'rejected', reason: `Invalid event: ${problem ?? payloadProblem}` })
      else if (!payloadSchema) acks.set(index, { eventId, status: 'rejected', reason: `Unknown event type "${type}" (this receiver speaks sync v1).` })
      else valid.push({ index, event: event as WireEvent })
    })
    const outcomes = await options.store.insert(tillId, valid.map(({ event }) => event), new Date())
    valid.forEach(({ index, event }, position) => {
      const outcome = outcomes[position]
      if (outcome === 'seq-taken') {
        acks.set(index, {
          eventId: event.eventId,
          status: 'rejected',
          reason: `Sequence number ${event.seq} of this till is already held by another event; was this till restored from a backup?`
        })
      } else acks.set(index, { eventId: event.eventId, status: outcome ?? 'rejected' })
    })
    return [...acks.entries()].sort(([a], [b]) => a - b).map(([, ack]) => ack)
  }

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://receiver')
    if (!authorized(request)) throw new HttpError(401, 'A valid bearer token is required.')
    if (url.pathname === '/v1/events') {
      if (request.method !== 'POST') throw new HttpError(405, 'POST a batch of events here.')
      const acks = await acknowledge(await readJson(request, maxBodyBytes))
      const counts = acks.reduce<Record<string, number>>((sum, ack) => ({ ...sum, [ack.status]: (sum[ack.status] ?? 0) + 1 }), {})
      log(`batch: ${JSON.stringify(counts)}`)
      return send(response, 200, { acks })
    }
    if (request.method !== 'GET') throw new HttpError(405, 'Only GET here.')
    if (url.pathname === '/v1/tills') return send(response, 200, { tills: await options.store.listTills() })
    const match = /^\/v1\/tills\/([^/]+)\/events$/.exec(url.pathname)
    if (match) {
      const tillId = decodeURIComponent(match[1] as string)
      if (!UUID.test(tillId)) throw new HttpError(400, 'A till id is a lowercase UUID.')
      const afterSeq = integerParam(url, 'afterSeq', 0, 0)
      const limit = integerParam(url, 'limit', 500, 1, 5000)
      const events = await options.store.listEvents(tillId, afterSeq, limit)
      const last = events[events.length - 1]
      return send(response, 200, { tillId, events, nextAfterSeq: events.length === limit && last ? last.seq : null })
    }
    throw new HttpError(404, 'Not found.')
  }

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return send(response, error.status, { error: error.message })
      log(`error: ${error instanceof Error ? error.stack : String(error)}`)
      send(response, 500, { error: 'The receiver failed; the till will send the batch again.' })
    })
  })
}

function firstIssue(issues: readonly SchemaIssue[], prefix = ''): string | null {
  const issue = issues[0]
  if (!issue) return null
  const path = `${prefix}${issue.path}`.replace(/^\//, '')
  return `${path || 'event'} ${issue.message}`
}

function integerParam(url: URL, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = url.searchParams.get(name)
  if (text === null) return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}.`)
  return value
}

async function readJson(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw new HttpError(413, `A batch is at most ${maxBytes} bytes.`)
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.')
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}
