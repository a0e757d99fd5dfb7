import { join } from 'node:path'
import type { CsvImportProgress } from '../../shared/catalog-import'
import { AppError } from '../core/app-error'
import { startWorkerScript } from '../core/worker-script'
import type { CatalogWorkerJob, ImportWorkerMessage, WorkerAnswer } from './import-worker-protocol'

/** A job running in its worker: its answer, and a way to stop it (an import, before it commits). */
export interface RunningJob<J extends CatalogWorkerJob> {
  done: Promise<WorkerAnswer<J>>
  /** Ends the worker; an import not yet committed writes nothing and answers IMPORT_CANCELLED. */
  cancel(): void
}

/** A failure that is not a refusal keeps SQLite's code, so the dispatcher still names storage problems. */
function workerFailure(message: string, code: string | null): Error {
  return Object.assign(new Error(message), code ? { code } : {})
}

/** The file's bytes are handed over to the worker: `job` no longer holds them here. */
export function runCatalogWorker<J extends CatalogWorkerJob>(job: J, onProgress: (progress: CsvImportProgress) => void): RunningJob<J> {
  const bytes = job.kind === 'inspect' ? job.bytes : job.request.bytes
  const worker = startWorkerScript('catalog-import-worker', __dirname, join(__dirname, 'import-worker.ts'), job, bytes ? [bytes.buffer] : [])
  let cancelled = false
  const done = new Promise<WorkerAnswer<J>>((resolve, reject) => {
    let settled = false
    const settle = (action: () => void): void => {
      if (settled) return
      settled = true
      action()
    }
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress)
      // The worker answers a job with the message of its kind (WorkerAnswer).
      else if (message.type === 'done' || message.type === 'inspected') settle(() => resolve(message as WorkerAnswer<J>))
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
