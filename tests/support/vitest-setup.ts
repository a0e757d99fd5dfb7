import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILT_WORKERS_ENV } from '../../src/main/core/worker-script'
import { buildWorkers } from './built-workers'
import { migrateTemplate, TEMPLATE_ENV } from './till-template'

/**
 * Vitest's global setup: one migrated database for the whole run, which every test till copies,
 * and the worker scripts built once, which every backup and import starts.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-template-'))
  const path = join(dir, 'template.sqlite')
  migrateTemplate(path)
  process.env[TEMPLATE_ENV] = path
  const workers = await buildWorkers()
  process.env[BUILT_WORKERS_ENV] = workers
  return () => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(workers, { recursive: true, force: true })
  }
}
