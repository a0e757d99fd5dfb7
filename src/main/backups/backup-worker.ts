/**
 * The backup worker thread: copies and checks database files off the main thread, so sales keep
 * going while a backup runs. Started by run-worker.ts; one job per worker.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { checkCopy, countRows, type ProgressReport } from './copy-check'
import type { WorkerJob, WorkerMessage } from './worker-protocol'

const job = workerData as WorkerJob
const post = (message: WorkerMessage): void => parentPort?.postMessage(message)
const report: ProgressReport = (phase, done, total) => post({ type: 'progress', phase, done, total })
const driverOptions = job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}

/**
 * The online backup API on a read connection that holds one read transaction from the first count
 * to the last page: the copy and the counts are the same WAL snapshot, and commits made meanwhile
 * by the till's connection neither restart the copy nor leak into it.
 */
async function snapshotBackup(source: string, dest: string, pagesPerStep: number): Promise<Record<string, number>> {
  const sqlite = new BetterSqlite3(source, { readonly: true, fileMustExist: true, ...driverOptions })
  try {
    sqlite.exec('BEGIN')
    const counts = countRows(sqlite)
    await sqlite.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        report('copy', totalPages - remainingPages, totalPages)
        return pagesPerStep
      }
    })
    sqlite.exec('COMMIT')
    return counts
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
  if (job.job === 'check') {
    post({ type: 'checked', check: checkCopy(job.file, { nativeBinding: job.nativeBinding, report }) })
    return
  }
  const sourceCounts = job.method === 'vacuum' ? vacuumInto(job.source, job.dest) : await snapshotBackup(job.source, job.dest, job.pagesPerStep)
  settle(job.dest)
  post({ type: 'copied', sourceCounts, check: checkCopy(job.dest, { nativeBinding: job.nativeBinding, report }) })
}

run().catch((error: unknown) => {
  const failure = error instanceof Error ? error : new Error(String(error))
  post({ type: 'failed', message: failure.message, code: 'code' in failure && typeof failure.code === 'string' ? failure.code : null })
})
