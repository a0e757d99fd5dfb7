import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CsvImportProgress, CsvImportResult } from '../../shared/catalog-import'
import { AppError } from '../core/app-error'
import type { EmittedEvent } from '../core/command'
import type { ImportJob, ImportWorkerMessage } from './import-worker-protocol'

/** An import running in its worker: its outcome, and a way to stop it before it commits. */
export interface RunningImport {
  done: Promise<{ result: CsvImportResult; pages: string[]; published: EmittedEvent[] }>
  /** Ends the worker; an import not yet committed writes nothing and answers IMPORT_CANCELLED. */
  cancel(): void
}

/**
 * The built app has out/main/catalog-import-worker.js beside its main bundle; under Node (tests,
 * bench) the TypeScript source runs through tsx.
 */
function startWorker(job: ImportJob): Worker {
  const built = join(__dirname, 'catalog-import-worker.js')
  if (existsSync(built)) return new Worker(built, { workerData: job })
  const source = JSON.stringify(join(__dirname, 'import-worker.ts'))
  return new Worker(`require('tsx/cjs'); require(${source})`, { eval: true, workerData: job })
}

/** A failure that is not a refusal keeps SQLite's code, so the dispatcher still names storage problems. */
function workerFailure(message: string, code: string | null): Error {
  return Object.assign(new Error(message), code ? { code } : {})
}

export function runImportWorker(job: ImportJob, onProgress: (progress: CsvImportProgress) => void): RunningImport {
  const worker = startWorker(job)
  let cancelled = false
  const done = new Promise<{ result: CsvImportResult; pages: string[]; published: EmittedEvent[] }>((resolve, reject) => {
    let settled = false
    const settle = (action: () => void): void => {
      if (settled) return
      settled = true
      action()
    }
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress)
      else if (message.type === 'done') settle(() => resolve(message))
      else if (message.error) {
        const { code, message: text, issues, details } = message.error
        settle(() => reject(new AppError(code, text, { issues, details })))
      } else settle(() => reject(workerFailure(message.message, message.code)))
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          cancelled
            ? new AppError('IMPORT_CANCELLED', 'The import was cancelled: nothing was written.')
            : workerFailure(`The import worker stopped (exit code ${code}) before it finished.`, null)
        )
      )
    )
  })
  return {
    done,
    cancel: () => {
      cancelled = true
      void worker.terminate()
    }
  }
}
