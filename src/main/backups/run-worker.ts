import { join } from 'node:path'
import { startWorkerScript } from '../core/worker-script'
import type { CopyCheck } from './copy-check'
import type { QuickCheck } from './quick-check'
import type { SourceAtCopy, WorkerJob, WorkerMessage } from './worker-protocol'

export type WorkerProgress = Extract<WorkerMessage, { type: 'progress' }>

/** A job the worker could not finish; `code` is SQLite's or the file system's when there is one. */
export class WorkerJobError extends Error {
  constructor(
    message: string,
    readonly code: string | null
  ) {
    super(message)
    this.name = 'WorkerJobError'
  }
}

export function runWorker(
  job: Extract<WorkerJob, { job: 'backup' }>,
  onProgress?: (progress: WorkerProgress) => void
): Promise<{ source: SourceAtCopy | null; check: CopyCheck }>
export function runWorker(job: Extract<WorkerJob, { job: 'check' }>, onProgress?: (progress: WorkerProgress) => void): Promise<{ check: CopyCheck }>
export function runWorker(job: Extract<WorkerJob, { job: 'quick-check' }>): Promise<{ quick: QuickCheck }>
export function runWorker(job: WorkerJob, onProgress: (progress: WorkerProgress) => void = () => undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = startWorkerScript('backup-worker', __dirname, join(__dirname, 'backup-worker.ts'), job)
    let settled = false
    const settle = (action: () => void): void => {
      if (settled) return
      settled = true
      action()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message)
      else if (message.type === 'failed') settle(() => reject(new WorkerJobError(message.message, message.code)))
      else settle(() => resolve(message))
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) => settle(() => reject(new WorkerJobError(`The backup worker stopped (exit code ${code}) before it finished.`, null))))
  })
}
