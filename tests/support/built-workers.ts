import { build } from 'esbuild'
import { mkdtempSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')

/** The worker scripts as electron-vite builds them into out/main: each entry one file, every package loaded from node_modules. */
const WORKERS = {
  'backup-worker': 'src/main/backups/backup-worker.ts',
  'catalog-import-worker': 'src/main/catalog/import-worker.ts'
}

/**
 * Builds the worker scripts once for a test run, into a folder under node_modules/.cache (so their
 * packages resolve from the project's node_modules), and answers that folder.
 */
export async function buildWorkers(): Promise<string> {
  const cache = join(ROOT, 'node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(join(cache, 'tillpoint-test-workers-'))
  await build({
    entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, source]) => [name, join(ROOT, source)])),
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning'
  })
  return dir
}
