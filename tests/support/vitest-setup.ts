import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrateTemplate, TEMPLATE_ENV } from './till-template'

/** Vitest's global setup: one migrated database for the whole run, which every test till copies. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-template-'))
  const path = join(dir, 'template.sqlite')
  migrateTemplate(path)
  process.env[TEMPLATE_ENV] = path
  return () => rmSync(dir, { recursive: true, force: true })
}
