import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { JournalWireEntry } from '../shared/journal-sync'
import type { EventAck, SyncProtocolVersion, WireEvent } from '../shared/sync-protocol'
import { bearerOf, credentialKey, hashSecret, identify, newTillSecret, type Credential } from './credentials'
import type { SchemaIssue } from './json-schema'
import { EVENT_SCHEMAS, protocolSchemas } from './protocol-schemas'
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit'
import type { ReceiverStore } from './store'

export interface ReceiverOptions {
  store: ReceiverStore
  /** Head office's token: reads every till and enrols tills. Never a till's. */
  adminToken: string
  /**
   * The one token every till shared before enrolment: while set, a till not yet enrolled may still
   * push with it (and read nothing), so tills move over one by one. Unset once all are enrolled.
   */
  sharedToken?: string | null
  rateLimit?: RateLimit
  /** A request (headers and body) must arrive within this time, or the connection is closed (408). */
  requestTimeoutMs?: number
  maxBodyBytes?: number
  log?: (line: string) => void
  now?: () => number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const MAX_EVENTS = 1000

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/**
 * The reference receiver of sync protocol v1 and v2 (docs/sync.md): POST /v2/events (or /v1/events,
 * from a till not yet upgraded or for events it queued before) stores a batch and acknowledges each event; GET /v1/tills and GET /v1/tills/:tillId/events show what it holds;
 * POST and DELETE /v1/tills/:tillId/enrolment give a till its own secret or take it away;
 * POST /v1/tills/:tillId/journal takes the till's journal and GET .../journal/status says what its check found.
 */
export function createReceiver(options: ReceiverOptions): Server {
  const schemas = protocolSchemas()
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000
  const log = options.log ?? (() => undefined)
  const check = {
    adminHash: hashSecret(options.adminToken),
    sharedHash: options.sharedToken ? hashSecret(options.sharedToken) : null,
    store: options.store
  }
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.now)

  /** Who calls, within their rate; a wrong token is limited by address, so guessing is slow too. */
  const authenticate = async (request: IncomingMessage): Promise<Credential> => {
    const bearer = bearerOf(request)
    const credential = bearer ? await identify(check, bearer) : null
    const wait = limiter.take(credential ? credentialKey(credential) : `address:${request.socket.remoteAddress ?? ''}`)
    if (wait > 0) throw new HttpError(429, `Too many requests: wait ${wait} s.`, { 'retry-after': String(wait) })
    if (!credential) throw new HttpError(401, "A valid bearer token is required: head office's token or the till's own secret.")
    return credential
  }

  /** A till reads and writes only as itself; head office reads every till; the shared token only pushes for tills not enrolled. */
  const mayRead = (credential: Credential, tillId: string): boolean =>
    credential.role === 'admin' || (credential.role === 'till' && credential.tillId === tillId)

  const acknowledge = async (credential: Credential, body: unknown, version: SyncProtocolVersion): Promise<EventAck[]> => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object.')
    const { tillId, events } = body as { tillId?: unknown; events?: unknown }
    if (typeof tillId !== 'string' || !UUID.test(tillId)) throw new HttpError(400, 'tillId must be a lowercase UUID.')
    if (credential.role === 'admin') throw new HttpError(403, "Head office's token reads and enrols; events come from a till with its own secret.")
    if (credential.role === 'till' && credential.tillId !== tillId)
      throw new HttpError(403, 'This secret belongs to another till: a till sends only its own events.')
    if (credential.role === 'shared' && (await options.store.isEnrolled(tillId))) {
      throw new HttpError(403, 'This till is enrolled: it must send with its own secret, not the shared token.')
    }
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS) {
      throw new HttpError(400, `events must be an array of 1 to ${MAX_EVENTS} events.`)
    }
    const acks = new Map<number, EventAck>()
    const valid: Array<{ index: number; event: WireEvent }> = []
    events.forEach((event: unknown, index) => {
      const eventId = typeof event === 'object' && event !== null ? (event as { eventId?: unknown }).eventId : undefined
      // Without a usable id an event cannot be acknowledged at all: it stays queued on the till.
      if (typeof eventId !== 'string' || !UUID.test(eventId)) return
      const problem = firstIssue(schemas.validate(`${EVENT_SCHEMAS[version].batch}#/$defs/event`, event))
      const type = (event as WireEvent).type
      const payloadSchema = EVENT_SCHEMAS[version].payloads[type]
      const payloadProblem = problem ?? (payloadSchema ? firstIssue(schemas.validate(payloadSchema, (event as WireEvent).payload), 'payload') : null)
      if (problem || payloadProblem) acks.set(index, { eventId, status: 'rejected', reason: `Invalid event: ${problem ?? payloadProblem}` })
      else if (!payloadSchema) acks.set(index, { eventId, status: 'rejected', reason: `Unknown event type "${type}" (this receiver speaks sync v1 and v2).` })
      else valid.push({ index, event: event as WireEvent })
    })
    const outcomes = await options.store.insert(
      tillId,
      valid.map(({ event }) => event),
      new Date(),
      version
    )
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

  /** A till's journal, checked link by link as it arrives (journal-chain.ts); the same rules of who may push as for events. */
  const receiveJournal = async (credential: Credential, tillId: string, body: unknown) => {
    if (credential.role === 'admin') throw new HttpError(403, "Head office's token reads and enrols; a journal comes from a till with its own secret.")
    if (credential.role === 'till' && credential.tillId !== tillId)
      throw new HttpError(403, 'This secret belongs to another till: a till sends only its own journal.')
    if (credential.role === 'shared' && (await options.store.isEnrolled(tillId))) {
      throw new HttpError(403, 'This till is enrolled: it must send with its own secret, not the shared token.')
    }
    const problem = firstIssue(schemas.validate('journal-batch.json', body))
    if (problem) throw new HttpError(400, `Invalid journal batch: ${problem}`)
    const entries = (body as { entries: JournalWireEntry[] }).entries
    if (entries.some((entry, index) => index > 0 && entry.seq !== (entries[index - 1] as JournalWireEntry).seq + 1)) {
      throw new HttpError(400, 'Invalid journal batch: the entries must follow each other by seq, with no gap.')
    }
    const ack = await options.store.receiveJournal(tillId, entries, new Date(options.now?.() ?? Date.now()))
    log(`journal ${tillId}: held through ${ack.heldThrough}, ${ack.status.state}`)
    return ack
  }

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let url: URL
    try {
      url = new URL(request.url ?? '/', 'http://receiver')
    } catch {
      throw new HttpError(400, 'The request path is not a valid URL.')
    }
    const credential = await authenticate(request)
    const events = /^\/v([12])\/events$/.exec(url.pathname)
    if (events) {
      if (request.method !== 'POST') throw new HttpError(405, 'POST a batch of events here.')
      const acks = await acknowledge(credential, await readJson(request, maxBodyBytes), Number(events[1]) as SyncProtocolVersion)
      const counts = acks.reduce<Record<string, number>>((sum, ack) => ({ ...sum, [ack.status]: (sum[ack.status] ?? 0) + 1 }), {})
      log(`batch: ${JSON.stringify(counts)}`)
      return send(response, 200, { acks })
    }
    const enrolment = /^\/v1\/tills\/([^/]+)\/enrolment$/.exec(url.pathname)
    if (enrolment) return enrol(credential, request, response, tillIdOf(enrolment[1] as string))
    const journal = /^\/v1\/tills\/([^/]+)\/journal(\/status)?$/.exec(url.pathname)
    if (journal && !journal[2]) {
      if (request.method !== 'POST') throw new HttpError(405, 'POST a batch of journal entries here; GET its check at .../journal/status.')
      return send(response, 200, await receiveJournal(credential, tillIdOf(journal[1] as string), await readJson(request, maxBodyBytes)))
    }
    if (request.method !== 'GET') throw new HttpError(405, 'Only GET here.')
    if (credential.role === 'shared') throw new HttpError(403, "The shared token only pushes events; reading takes head office's token or a till's own secret.")
    if (url.pathname === '/v1/tills') {
      const tills = await options.store.listTills()
      return send(response, 200, { tills: tills.filter((till) => mayRead(credential, till.tillId)) })
    }
    if (journal) {
      const tillId = tillIdOf(journal[1] as string)
      if (!mayRead(credential, tillId)) throw new HttpError(403, 'A till reads only its own journal check.')
      return send(response, 200, await options.store.journalStatus(tillId))
    }
    const match = /^\/v1\/tills\/([^/]+)\/events$/.exec(url.pathname)
    if (match) {
      const tillId = tillIdOf(match[1] as string)
      if (!mayRead(credential, tillId)) throw new HttpError(403, 'A till reads only its own events.')
      const afterSeq = integerParam(url, 'afterSeq', 0, 0)
      const limit = integerParam(url, 'limit', 500, 1, 5000)
      const events = await options.store.listEvents(tillId, afterSeq, limit)
      const last = events[events.length - 1]
      return send(response, 200, { tillId, events, nextAfterSeq: events.length === limit && last ? last.seq : null })
    }
    throw new HttpError(404, 'Not found.')
  }

  /** POST: a new secret for the till, shown this once (201, or 200 when it replaces one); DELETE: forget it. */
  const enrol = async (credential: Credential, request: IncomingMessage, response: ServerResponse, tillId: string): Promise<void> => {
    if (credential.role !== 'admin') throw new HttpError(403, "Only head office's token enrols tills.")
    if (request.method === 'DELETE') {
      if (!(await options.store.revoke(tillId))) throw new HttpError(404, 'This till is not enrolled.')
      log(`revoked till ${tillId}`)
      return send(response, 200, { tillId, revoked: true })
    }
    if (request.method !== 'POST') throw new HttpError(405, 'POST to enrol the till, DELETE to revoke it.')
    const secret = newTillSecret()
    const outcome = await options.store.enrol(tillId, hashSecret(secret), new Date(options.now?.() ?? Date.now()))
    log(`${outcome} till ${tillId}`)
    return send(response, outcome === 'enrolled' ? 201 : 200, { tillId, secret, rotated: outcome === 'rotated' })
  }

  const server = createServer(
    { requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeoutMs / 4)) },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        if (error instanceof HttpError) return send(response, error.status, { error: error.message }, error.headers)
        log(`error: ${error instanceof Error ? error.stack : String(error)}`)
        send(response, 500, { error: 'The receiver failed; the till will send the batch again.' })
      })
    }
  )
  return server
}

/** A till id from the path: malformed percent-encoding is the client's mistake (400), not a crash. */
function tillIdOf(segment: string): string {
  let tillId: string
  try {
    tillId = decodeURIComponent(segment)
  } catch {
    throw new HttpError(400, 'The till id in the path is not valid URL encoding.')
  }
  if (!UUID.test(tillId)) throw new HttpError(400, 'A till id is a lowercase UUID.')
  return tillId
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

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) return
  const text = JSON.stringify(body)
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}
