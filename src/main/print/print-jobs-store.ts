import type { PrintJob, PrintJobDocument, PrintJobState, PrinterKind } from '../../shared/print'
import type { AppContext } from '../core/app-context'
import { AppError, notFound } from '../core/app-error'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { PrintJobsTable } from '../db/tables/print.table'

type JobRow = Omit<PrintJobsTable, 'id'> & { id: number }

export interface NewPrintJob {
  orderId: number | null
  orderNumber: string | null
  document: PrintJobDocument
  printerKind: Exclude<PrinterKind, 'none'>
  target: string
  reprint: boolean
  openDrawer: boolean
}

export function toPrintJob(row: JobRow): PrintJob {
  return {
    id: row.id,
    orderId: row.order_id,
    orderNumber: row.order_number,
    document: row.document,
    printerKind: row.printer_kind,
    target: row.target,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error,
    reprint: row.reprint === 1,
    openDrawer: row.open_drawer === 1,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    printedAt: row.printed_at
  }
}

function announce(scope: CommandScope, job: PrintJob): void {
  scope.emit('print.changed', { kind: 'job', jobId: job.id, orderId: job.orderId, state: job.state })
}

export async function insertJobs(scope: CommandScope, jobs: readonly NewPrintJob[]): Promise<PrintJob[]> {
  const created: PrintJob[] = []
  for (const job of jobs) {
    const row = await scope.trx
      .insertInto('print_jobs')
      .values({
        order_id: job.orderId,
        order_number: job.orderNumber,
        document: job.document,
        printer_kind: job.printerKind,
        target: job.target,
        state: 'queued',
        attempts: 0,
        last_error: null,
        reprint: job.reprint ? 1 : 0,
        open_drawer: job.openDrawer ? 1 : 0,
        requested_by: scope.actor.id,
        created_at: scope.now,
        updated_at: scope.now,
        printed_at: null
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    const printJob = toPrintJob(row)
    announce(scope, printJob)
    created.push(printJob)
  }
  return created
}

export async function getJob(db: Db | Trx, jobId: number): Promise<PrintJob> {
  const row = await db.selectFrom('print_jobs').selectAll().where('id', '=', jobId).executeTakeFirst()
  if (!row) throw notFound('Print job', jobId)
  return toPrintJob(row)
}

export interface JobQuery {
  state?: PrintJobState
  orderId?: number
  before?: number
  limit: number
}

/** Newest first, keyset on id; each filter walks its own index (state, id) or (order_id, id). */
export function jobsQuery(db: Db, query: JobQuery) {
  let select = db.selectFrom('print_jobs').selectAll().orderBy('id', 'desc').limit(query.limit)
  if (query.state !== undefined) select = select.where('state', '=', query.state)
  if (query.orderId !== undefined) select = select.where('order_id', '=', query.orderId)
  if (query.before !== undefined) select = select.where('id', '<', query.before)
  return select
}

export async function listJobs(db: Db, query: JobQuery): Promise<PrintJob[]> {
  return (await jobsQuery(db, query).execute()).map(toPrintJob)
}

export async function oldestQueuedJobId(db: Db): Promise<number | null> {
  const row = await db.selectFrom('print_jobs').select('id').where('state', '=', 'queued').orderBy('id').limit(1).executeTakeFirst()
  return row?.id ?? null
}

/**
 * Moves a job from one state to the next only if it is still in the state expected, so two
 * retries, or a retry racing the worker, can never print the same job twice.
 */
async function transition(
  scope: CommandScope,
  jobId: number,
  from: readonly PrintJobState[],
  set: Partial<Pick<PrintJobsTable, 'state' | 'attempts' | 'last_error' | 'printed_at' | 'printer_kind' | 'target'>> & { state: PrintJobState },
  countAttempt = false
): Promise<PrintJob | null> {
  const row = await scope.trx
    .updateTable('print_jobs')
    .set((eb) => ({ ...set, updated_at: scope.now, ...(countAttempt ? { attempts: eb('attempts', '+', 1) } : {}) }))
    .where('id', '=', jobId)
    .where('state', 'in', [...from])
    .returningAll()
    .executeTakeFirst()
  if (!row) return null
  const job = toPrintJob(row)
  announce(scope, job)
  return job
}

export function claimJob(app: AppContext, caller: Caller, jobId: number): Promise<PrintJob | null> {
  return runCommand(app, caller, (scope) => transition(scope, jobId, ['queued'], { state: 'printing' }, true))
}

export function finishJob(
  app: AppContext,
  caller: Caller,
  jobId: number,
  outcome: { state: 'done' } | { state: 'failed'; error: string } | { state: 'cancelled'; error: string }
): Promise<PrintJob | null> {
  return runCommand(app, caller, (scope) =>
    transition(scope, jobId, ['printing'], {
      state: outcome.state,
      last_error: outcome.state === 'done' ? null : outcome.error,
      printed_at: outcome.state === 'done' ? scope.now : null
    })
  )
}

/** A failed job goes back to the queue, aimed at the printer the settings name now. */
export function requeueJob(app: AppContext, caller: Caller, jobId: number, target: Pick<NewPrintJob, 'printerKind' | 'target'>): Promise<PrintJob> {
  return runCommand(app, caller, async (scope) => {
    const requeued = await transition(scope, jobId, ['failed'], { state: 'queued', printer_kind: target.printerKind, target: target.target })
    if (requeued) return requeued
    const job = await getJob(scope.trx, jobId)
    throw new AppError('CONFLICT', refusal(job, 'retried'), { details: { jobId, state: job.state } })
  })
}

export function cancelJob(app: AppContext, caller: Caller, jobId: number): Promise<PrintJob> {
  return runCommand(app, caller, async (scope) => {
    const cancelled = await transition(scope, jobId, ['queued', 'failed'], { state: 'cancelled', last_error: `Cancelled by ${caller.actor.name}.` })
    if (cancelled) return cancelled
    const job = await getJob(scope.trx, jobId)
    throw new AppError('CONFLICT', refusal(job, 'cancelled'), { details: { jobId, state: job.state } })
  })
}

function refusal(job: PrintJob, verb: 'retried' | 'cancelled'): string {
  switch (job.state) {
    case 'done':
      return verb === 'retried' ? 'This was already printed. Use reprint to print it again.' : 'This was already printed.'
    case 'printing':
      return 'This is printing right now.'
    case 'queued':
      return 'This is already waiting to print.'
    case 'cancelled':
      return 'This print was cancelled. Use reprint to print it again.'
    case 'failed':
      return 'This print failed; retry or cancel it.'
    default: {
      const unknown: never = job.state
      return `This print is ${String(unknown)}.`
    }
  }
}

/**
 * Jobs the last run left unfinished. Nobody knows whether a job caught printing came out, and a
 * queued one may be hours old: both wait in the queue as failed until the shopkeeper decides.
 */
export function failInterruptedJobs(app: AppContext, caller: Caller): Promise<void> {
  return runCommand(app, caller, async (scope) => {
    const interrupted = await scope.trx
      .updateTable('print_jobs')
      .set((eb) => ({
        state: 'failed',
        last_error: eb
          .case()
          .when('state', '=', 'printing')
          .then('Tillpoint closed while this was printing. Check the printer, then retry if nothing came out.')
          .else('Tillpoint closed before this was printed. Retry to print it now.')
          .end(),
        updated_at: scope.now
      }))
      .where('state', 'in', ['printing', 'queued'])
      .returningAll()
      .execute()
    for (const row of interrupted) announce(scope, toPrintJob(row))
  })
}
