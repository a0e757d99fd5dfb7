import type { SyncPhase, SyncStatus } from '../../shared/sync'
import type { Clock } from '../core/clock'
import type { Db } from '../db/schema'
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff'
import { compactSentEvents, countOutbox, readPendingBatch, recordAcks, SENT_PAYLOAD_DAYS } from './outbox'
import { readJournalRun, readJournalSyncState, recordJournalAck } from './journal-outbox'
import { PushFailure, pushBatch, pushJournal, type FetchLike } from './push'
import type { SecretBox } from './secret-box'
import { isInsecureSyncUrl } from '../../shared/sync'
import { readSyncState, readToken, recordPushFailure, recordPushSuccess, TokenUnreadableError, type SyncFailureKind } from './sync-state'

export interface SyncWorkerOptions {
  db: Db
  clock: Clock
  secrets: SecretBox
  /** Called with the new status after every attempt, so windows can show it. */
  publish(status: SyncStatus): void
  /** Uniform in [0, 1): the jitter of the backoff. */
  random?: () => number
  fetch?: FetchLike
  batchSize?: number
  requestTimeoutMs?: number
  backoff?: BackoffPolicy
  /** While sync is on, look for forgotten work this often even without a nudge. */
  pollMs?: number
  /** Commits that come in a burst are sent together after this pause. */
  nudgeDelayMs?: number
  logError?: (error: unknown) => void
}

type TimerKind = 'soon' | 'poll' | 'retry'

const DAY_MS = 24 * 60 * 60 * 1000
const JOURNAL_RETRY_MS = 60 * 60 * 1000

type Next = { kind: 'retry'; delayMs: number } | { kind: 'idle' } | { kind: 'off' }

/**
 * Pushes the outbox to the receiver, off the UI path: on a timer, after commits (nudge) and on
 * request (sync now). One push at a time; every fact that must survive a restart (what was sent,
 * the failure count, when to retry) is in the database, not here.
 */
const INSECURE_WORDS =
  'Nothing is sent: the address uses plain http:// to another machine, so the secret and the sales would travel unencrypted. Use https://, or accept the risk in Settings → Sync.'

export class SyncWorker {
  private readonly options: Required<Omit<SyncWorkerOptions, 'fetch'>> & { fetch: FetchLike }
  private batchSize: number
  private timer: NodeJS.Timeout | null = null
  /** What the pending timer is for: a backoff wait is never cut short by a nudge, a poll always is. */
  private timerKind: TimerKind | null = null
  private running: Promise<void> | null = null
  private runAgain = false
  /** Set by wake() during a push: the next attempt goes at once, even after a failure. */
  private wakeAgain = false
  private sending = false
  private stopped = true
  private readonly abort = new AbortController()
  private lastCompactedAt: number | null = null
  /** A receiver older than the journal answers its path with 404: the journal waits, the events go on. */
  private journalRefusedUntil = 0

  constructor(options: SyncWorkerOptions) {
    this.options = {
      random: Math.random,
      fetch: (url, init) => fetch(url, init),
      batchSize: 200,
      requestTimeoutMs: 20_000,
      backoff: DEFAULT_BACKOFF,
      pollMs: 60_000,
      nudgeDelayMs: 250,
      logError: (error) => console.error('[sync]', error),
      ...options
    }
    this.batchSize = this.options.batchSize
  }

  /** Picks up where the last run left off: a retry still due waits out its delay. */
  async start(): Promise<void> {
    this.stopped = false
    const state = await readSyncState(this.options.db)
    if (!state.enabled || this.stopped) return
    const wait = state.next_attempt_at === null ? 0 : state.next_attempt_at - this.options.clock.now()
    if (wait > 0) this.schedule(Math.min(wait, this.options.backoff.maxMs), 'retry')
    else this.schedule(0, 'soon')
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.clearTimer()
    this.abort.abort()
    await this.running
  }

  /** Something was committed: send it soon (with whatever else commits meanwhile), unless a retry delay is running. */
  nudge(): void {
    if (this.stopped || this.timerKind === 'retry' || this.timerKind === 'soon') return
    if (this.running) this.runAgain = true
    else this.schedule(this.options.nudgeDelayMs, 'soon')
  }

  /** The configuration changed: forget any retry delay and try soon. */
  wake(): void {
    if (this.stopped) return
    if (this.running) this.wakeAgain = true
    else this.schedule(0, 'soon')
  }

  /** Attempts a push now, ignoring any retry delay, and resolves once that attempt is over. */
  async syncNow(): Promise<void> {
    if (this.stopped) return
    await this.running
    await this.run()
  }

  async status(): Promise<SyncStatus> {
    const { db } = this.options
    const state = await readSyncState(db)
    const [counts, journal] = await Promise.all([countOutbox(db), readJournalSyncState(db)])
    const enabled = state.enabled === 1
    const receiverTakesJournal = this.receiverTakesJournal()
    return {
      enabled,
      endpoint: state.endpoint,
      hasToken: state.token !== null,
      tokenEncrypted: state.token !== null && state.token_encrypted === 1,
      tillId: state.till_id,
      allowInsecureHttp: state.allow_insecure_http === 1 && isInsecureSyncUrl(state.endpoint),
      phase: phaseOf(enabled, this.sending, state.last_error_kind, counts.waiting + (receiverTakesJournal ? journal.waiting : 0)),
      waiting: counts.waiting,
      rejected: counts.rejected,
      lastSuccessAt: state.last_success_at,
      lastError: state.last_error,
      lastErrorAt: state.last_error_at,
      nextAttemptAt: state.next_attempt_at,
      journal: { ...journal, receiverTakesJournal }
    }
  }

  async publishStatus(): Promise<void> {
    try {
      this.options.publish(await this.status())
    } catch (error) {
      this.options.logError(error)
    }
  }

  private run(): Promise<void> {
    if (this.running) {
      this.runAgain = true
      return this.running
    }
    this.clearTimer()
    const running = this.drain()
      .catch((error: unknown): Next => {
        this.options.logError(error)
        return { kind: 'retry', delayMs: this.options.backoff.maxMs }
      })
      .then((next) => {
        this.running = null
        if (this.stopped) return
        // A nudge (a sale) never cuts a backoff short; a new configuration or a requeue does.
        if (this.wakeAgain || (this.runAgain && next.kind !== 'retry')) this.schedule(0, 'soon')
        else if (next.kind === 'retry') this.schedule(next.delayMs, 'retry')
        else if (next.kind === 'idle') this.schedule(this.options.pollMs, 'poll')
        this.runAgain = false
        this.wakeAgain = false
      })
    this.running = running
    return running
  }

  /** Sends batch after batch until the outbox and then the journal are sent, sync is off, or an attempt fails. */
  private async drain(): Promise<Next> {
    const { db, clock } = this.options
    while (!this.stopped) {
      const state = await readSyncState(db)
      if (state.enabled !== 1 || state.endpoint === '') return { kind: 'off' }
      const batch = await readPendingBatch(db, this.batchSize)
      // The journal goes once the events have: head office sees a sale before its proof.
      const journal = batch.length === 0 && this.receiverTakesJournal() ? await readJournalRun(db, this.batchSize) : []
      if (batch.length === 0 && journal.length === 0) {
        await this.compactOncePerDay()
        return { kind: 'idle' }
      }
      this.sending = true
      try {
        // An address set before http:// needed consent (migration 12) is not used until it is given.
        if (isInsecureSyncUrl(state.endpoint) && state.allow_insecure_http !== 1) throw new PushFailure('insecure', INSECURE_WORDS)
        const token = await readToken(state, this.options.secrets)
        if (!token) throw new PushFailure('token', 'No sync token is set. Enter the token in Settings → Sync.')
        const request = { fetch: this.options.fetch, endpoint: state.endpoint, token, timeoutMs: this.options.requestTimeoutMs, signal: this.abort.signal }
        const first = journal[0]
        if (first) {
          const ack = await pushJournal(request, state.till_id, { entries: journal })
          if (!(await recordJournalAck(db, clock.now(), first.seq, ack))) {
            throw new PushFailure('protocol', 'The sync server took none of the journal entries it was sent. Check the address in Settings → Sync.')
          }
        } else {
          const ack = await pushBatch({
            ...request,
            protocol: batch[0]!.protocol,
            batch: { tillId: state.till_id, events: batch.map(({ tillId: _till, protocol: _protocol, ...event }) => event) }
          })
          const outcome = await recordAcks(db, clock.now(), batch, ack.acks)
          if (outcome.sent + outcome.rejected === 0) {
            throw new PushFailure('protocol', 'The sync server acknowledged none of the events it was sent. Check the address in Settings → Sync.')
          }
        }
        await recordPushSuccess(db, clock.now())
      } catch (error) {
        if (this.stopped) return { kind: 'off' }
        const failure = asPushFailure(error)
        if (journal.length > 0 && failure.kind === 'not-found') {
          this.journalRefusedUntil = clock.now() + JOURNAL_RETRY_MS
          continue
        }
        if (failure.kind === 'too-large') this.batchSize = Math.max(1, Math.floor(this.batchSize / 2))
        const failures = state.failures + 1
        const delayMs = backoffDelay(failures, this.options.backoff, this.options.random)
        const at = clock.now()
        await recordPushFailure(db, { kind: failure.kind, words: failure.message, at, nextAttemptAt: at + delayMs, failures })
        return { kind: 'retry', delayMs }
      } finally {
        this.sending = false
        await this.publishStatus()
      }
    }
    return { kind: 'off' }
  }

  private receiverTakesJournal(): boolean {
    return this.options.clock.now() >= this.journalRefusedUntil
  }

  private async compactOncePerDay(): Promise<void> {
    const now = this.options.clock.now()
    if (this.lastCompactedAt !== null && now - this.lastCompactedAt < DAY_MS) return
    this.lastCompactedAt = now
    await compactSentEvents(this.options.db, now - SENT_PAYLOAD_DAYS * DAY_MS)
  }

  private schedule(delayMs: number, kind: TimerKind): void {
    this.clearTimer()
    this.timerKind = kind
    this.timer = setTimeout(() => {
      this.timer = null
      this.timerKind = null
      void this.run()
    }, delayMs)
    this.timer.unref()
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.timerKind = null
  }
}

function asPushFailure(error: unknown): PushFailure {
  if (error instanceof PushFailure) return error
  if (error instanceof TokenUnreadableError) return new PushFailure('token', error.message)
  throw error
}

function phaseOf(enabled: boolean, sending: boolean, lastErrorKind: SyncFailureKind | null, waiting: number): SyncPhase {
  if (!enabled) return 'off'
  if (sending) return 'sending'
  if (lastErrorKind === 'offline' || lastErrorKind === 'timeout') return 'offline'
  if (lastErrorKind !== null) return 'failing'
  return waiting > 0 ? 'pending' : 'synced'
}
