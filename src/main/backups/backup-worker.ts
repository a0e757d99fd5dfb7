/**
 * The backup worker thread: copies and checks database files off the main thread, so sales keep
 * going while a backup runs. Started by run-worker.ts; one job per worker.
 */
import { closeSync, fdatasyncSync, fsyncSync, openSync } from 'node:fs'
import { constants, setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { checkCopy, countRows, type ProgressReport } from './copy-check'
import { quickCheck } from './quick-check'
import type { SourceAtCopy, WorkerJob, WorkerMessage } from './worker-protocol'

// On Linux a nice value is per thread: this lowers only the worker, so on a busy two-core till the
// sales on the main thread get the CPU first (elsewhere it may apply to the process; not asked there)
if (process.platform === 'linux') setPriority(constants.priority.PRIORITY_LOW)

const job = workerData as WorkerJob
const post = (message: WorkerMessage): void => parentPort?.postMessage(message)
const report: ProgressReport = (phase, done, total) => post({ type: 'progress', phase, done, total })
const driverOptions = job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}

/** Dirty pages of the copy flushed every this many bytes, so the disk never has a long write queued. */
const FLUSH_EVERY_BYTES = 2 << 20

const MAX_PAUSE_MS = 200
const sleeper = new Int32Array(new SharedArrayBuffer(4))

/** Blocks this worker thread only (never the main one) for `ms`. */
function pause(ms: number): void {
  if (ms >= 1) Atomics.wait(sleeper, 0, 0, ms)
}

/**
 * The online backup API on a read connection that holds one read transaction from the counts to
 * the last page: the copy and the counts are the same WAL snapshot, and commits made meanwhile by
 * the till's connection neither restart the copy nor leak into it. The snapshot is held for no more
 * than that (the content digest is taken of the copy afterwards, so the WAL the sales write
 * meanwhile stays short). It is cooperative: a few pages per step, and the copy's written pages
 * flushed every few MB (an fsync on a second handle), so the till's own fsyncs on commit never wait
 * behind a backlog of the copy's writes.
 */
async function snapshotBackup(source: string, dest: string, pagesPerStep: number): Promise<SourceAtCopy> {
  const sqlite = new BetterSqlite3(source, { readonly: true, fileMustExist: true, ...driverOptions })
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number
  const flushEveryPages = Math.max(1, Math.floor(FLUSH_EVERY_BYTES / pageSize))
  let destFd: number | null = null
  let flushedAt = 0
  try {
    sqlite.exec('BEGIN')
    const counts = countRows(sqlite)
    await sqlite.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        const done = totalPages - remainingPages
        if (done - flushedAt >= flushEveryPages) {
          destFd ??= openSync(dest, 'r+')
          const started = performance.now()
          fdatasyncSync(destFd)
          // a slow flush means a busy disk: rest as long as it took, so the till's commits get through
          pause(Math.min(MAX_PAUSE_MS, performance.now() - started))
          flushedAt = done
        }
        report('copy', done, totalPages)
        return pagesPerStep
      }
    })
    sqlite.exec('COMMIT')
    return { counts }
  } finally {
    if (destFd !== null) closeSync(destFd)
    sqlite.close()
    checkpoint(source)
  }
}

/**
 * While the copy held its snapshot, the till's commits piled up in the WAL; the till's next commit
 * would copy them all back into the database (and fsync it) on the main thread. A passive
 * checkpoint here does that work in the worker instead, without blocking any writer.
 */
function checkpoint(source: string): void {
  const sqlite = new BetterSqlite3(source, { fileMustExist: true, ...driverOptions })
  try {
    sqlite.pragma('wal_checkpoint(PASSIVE)')
  } finally {
    sqlite.close()
  }
}

/** VACUUM INTO on a read connection: one statement, so no counts can be taken in its snapshot. */
function vacuumInto(source: string, dest: string): null {
  const sqlite = new BetterSqlite3(source, { readonly: true, fileMustExist: true, ...driverOptions })
  try {
    report('copy', 0, 1)
    sqlite.prepare('VACUUM INTO ?').run(dest)
    report('copy', 1, 1)
    return null
  } finally {
    sqlite.close()
  }
}

/** A copy is a self-contained file: rollback journal, not WAL, and on the disk before it is renamed. */
function settle(dest: string): void {
  const sqlite = new BetterSqlite3(dest, { fileMustExist: true, ...driverOptions })
  try {
    sqlite.pragma('journal_mode = DELETE')
  } finally {
    sqlite.close()
  }
  const fd = openSync(dest, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

async function run(): Promise<void> {
  if (job.job === 'quick-check') {
    post({ type: 'quick-checked', quick: quickCheck(job.file, job.nativeBinding) })
    return
  }
  if (job.job === 'check') {
    post({ type: 'checked', check: checkCopy(job.file, { nativeBinding: job.nativeBinding, report }) })
    return
  }
  const source = job.method === 'vacuum' ? vacuumInto(job.source, job.dest) : await snapshotBackup(job.source, job.dest, job.pagesPerStep)
  settle(job.dest)
  post({ type: 'copied', source, check: checkCopy(job.dest, { nativeBinding: job.nativeBinding, report, digest: true }) })
}

run().catch((error: unknown) => {
  const failure = error instanceof Error ? error : new Error(String(error))
  post({ type: 'failed', message: failure.message, code: 'code' in failure && typeof failure.code === 'string' ? failure.code : null })
})
