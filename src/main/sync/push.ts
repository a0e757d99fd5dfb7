import type { z } from 'zod'
import { journalAckSchema, journalSyncPath, type JournalAck, type JournalBatch } from '../../shared/journal-sync'
import { batchAckSchema, syncEventsPath, SYNC_PROTOCOL_VERSION, type BatchAck, type EventBatch, type SyncProtocolVersion } from '../../shared/sync-protocol'
import type { SyncFailureKind } from './sync-state'

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

/** A push that did not get acknowledgements, told in words a shopkeeper can act on. */
export class PushFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    message: string
  ) {
    super(message)
    this.name = 'PushFailure'
  }
}

export interface ReceiverRequest {
  fetch: FetchLike
  endpoint: string
  token: string
  timeoutMs: number
  /** Aborts the request when the worker stops. */
  signal?: AbortSignal
}

export interface PushRequest extends ReceiverRequest {
  batch: EventBatch
  /** The protocol version of every event in the batch. */
  protocol: SyncProtocolVersion
}

/** Where this till's new events go (the address checks in Settings → Sync use it). */
export function eventsUrl(endpoint: string): string {
  return receiverUrl(endpoint, syncEventsPath(SYNC_PROTOCOL_VERSION))
}

function receiverUrl(endpoint: string, path: string): string {
  return endpoint.replace(/\/+$/, '') + path
}

/** POSTs one batch and returns the receiver's acknowledgements; anything else is a PushFailure. */
export function pushBatch(request: PushRequest): Promise<BatchAck> {
  return postToReceiver(request, syncEventsPath(request.protocol), request.batch, batchAckSchema)
}

/** POSTs a run of the till's journal and returns how far the receiver holds it and what its check found. */
export function pushJournal(request: ReceiverRequest, tillId: string, batch: JournalBatch): Promise<JournalAck> {
  return postToReceiver(request, journalSyncPath(tillId), batch, journalAckSchema)
}

async function postToReceiver<T>(request: ReceiverRequest, path: string, payload: unknown, answer: z.ZodType<T>): Promise<T> {
  const url = receiverUrl(request.endpoint, path)
  const host = new URL(url).host
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs)
  const signal = request.signal ? AbortSignal.any([timeout.signal, request.signal]) : timeout.signal
  try {
    let response: Response
    let text: string
    try {
      response = await request.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}`, accept: 'application/json' },
        body: JSON.stringify(payload),
        signal
      })
      text = await response.text()
    } catch (error) {
      if (timeout.signal.aborted) {
        throw new PushFailure(
          'timeout',
          `The sync server at ${host} did not answer within ${Number((request.timeoutMs / 1000).toFixed(1))} s. The changes are kept and will be sent again.`
        )
      }
      throw new PushFailure(
        'offline',
        `Cannot reach the sync server at ${host}${networkCode(error)}. The changes are kept and will be sent when it can be reached.`
      )
    }
    if (!response.ok) throw httpFailure(response.status, host)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    const parsed = answer.safeParse(body)
    if (!parsed.success) {
      throw new PushFailure(
        'protocol',
        `The sync server at ${host} answered with something that is not a Tillpoint acknowledgement. Check the address in Settings → Sync.`
      )
    }
    return parsed.data
  } finally {
    clearTimeout(timer)
  }
}

function httpFailure(status: number, host: string): PushFailure {
  if (status === 401 || status === 403) {
    return new PushFailure('auth', `The sync server at ${host} refused the token (HTTP ${status}). Check the token in Settings → Sync.`)
  }
  if (status === 404 || status === 405) {
    return new PushFailure(
      'not-found',
      `There is no Tillpoint sync receiver at this address (HTTP ${status} from ${host}). Check the address in Settings → Sync.`
    )
  }
  if (status === 429)
    return new PushFailure('busy', `The sync server at ${host} asked the till to slow down (HTTP 429). The changes are kept and will be sent shortly.`)
  if (status === 413) return new PushFailure('too-large', `The sync server at ${host} found the batch too large (HTTP 413); smaller batches will be sent.`)
  return new PushFailure('server', `The sync server at ${host} had a problem (HTTP ${status}). The changes are kept and will be sent again.`)
}

function networkCode(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : null
  return code ? ` (${code})` : ''
}
