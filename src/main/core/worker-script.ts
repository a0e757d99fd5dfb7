import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker, type Transferable } from 'node:worker_threads'

/**
 * A folder of worker scripts built once for a test run (tests/support/vitest-setup.ts): starting one
 * costs about an eighth of the CPU of compiling its TypeScript through tsx in every new worker.
 */
export const BUILT_WORKERS_ENV = 'TILLPOINT_BUILT_WORKERS'

/**
 * Starts the worker `name` (`backup-worker`, `catalog-import-worker`): the built app has `<name>.js`
 * beside its main bundle (`builtDir`); a test run may name a folder of built ones; otherwise
 * (tests without it, the bench) the TypeScript `source` runs through tsx. `transferList`: buffers of
 * `workerData` handed over rather than copied.
 */
export function startWorkerScript(name: string, builtDir: string, source: string, workerData: unknown, transferList: Transferable[] = []): Worker {
  for (const dir of [builtDir, process.env[BUILT_WORKERS_ENV]]) {
    const built = dir ? join(dir, `${name}.js`) : null
    if (built && existsSync(built)) return new Worker(built, { workerData, transferList })
  }
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)})`, { eval: true, workerData, transferList })
}
