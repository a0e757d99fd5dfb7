import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { z } from 'zod'
import type { BackupEntry, RestoredAtStart, RestoreSummary } from '../../shared/backups'
import { MIGRATIONS } from '../db/migrations'
import { PARTIAL, readManifest } from './backup-files'
import { decryptFile, syncFile } from './encryption'
import { runWorker } from './run-worker'

/**
 * A restore never swaps files under an open database: the chosen copy is checked, placed beside
 * the database as `<db>.restore`, and the app restarts; `applyPendingRestore` then moves the
 * current database aside (never deleting it) and puts the copy in its place before anything opens it.
 */
export const pendingRestorePath = (dbPath: string): string => `${dbPath}.restore`
const setAsideFolder = (backupsFolder: string): string => join(backupsFolder, 'set-aside')
const lastRestoreFile = (backupsFolder: string): string => join(setAsideFolder(backupsFolder), 'last-restore.json')

const lastRestoreSchema = z.object({ restoredAt: z.number(), setAsidePath: z.string(), restoredFrom: z.string() })
export type LastRestore = z.output<typeof lastRestoreSchema>

// kind and createdAt came in session 10: a restore staged by an older build names only its file
const pendingSchema = z.object({
  restoredFrom: z.string(),
  kind: z.enum(['backup', 'set-aside']).default('backup'),
  createdAt: z.number().nullable().default(null)
})
type Pending = z.output<typeof pendingSchema>

/** A restore applied at this start: the record kept for undo, and what the notice after it names. */
export interface AppliedRestore {
  record: LastRestore
  notice: RestoredAtStart
}

export interface CheckedSource {
  summary: RestoreSummary
  /** The plain database file to restore: the backup itself, or its decrypted copy. */
  plainPath: string
}

/** Checks a file for restoring: readable, integrity ok, a Tillpoint database this version can open, unchanged since its manifest. */
export async function checkRestoreSource(
  source: { path: string; entry: BackupEntry | null },
  work: { folder: string; passphrase: string | null; nativeBinding?: string }
): Promise<CheckedSource> {
  let plainPath = source.path
  const refuse = (problem: string, extra: Partial<RestoreSummary> = {}): CheckedSource => ({
    plainPath,
    summary: { path: source.path, ok: false, problem, createdAt: source.entry?.createdAt ?? null, lastOrderAt: null, counts: {}, bytes: 0, ...extra }
  })
  if (!existsSync(source.path)) return refuse('The file is not there any more (a USB stick taken out?).')
  const manifest = source.entry ? await readManifest(`${source.entry.path}.manifest.json`) : null
  if (source.path.endsWith('.enc')) {
    if (work.passphrase === null) return refuse('This backup is encrypted: set the passphrase in Settings → Backups first.')
    plainPath = join(work.folder, `decrypted-for-restore.sqlite${PARTIAL}`)
    try {
      await decryptFile(source.path, plainPath, work.passphrase)
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error))
    }
  }
  const { check } = await runWorker({ job: 'check', file: plainPath, ...(work.nativeBinding ? { nativeBinding: work.nativeBinding } : {}) })
  const found: Partial<RestoreSummary> = { lastOrderAt: check.lastOrderAt, counts: check.counts, bytes: check.bytes }
  if (check.integrity !== 'ok') return refuse(`The file is damaged or is not a database: ${check.integrity}`, found)
  if (!('orders' in check.counts) || !('schema_migrations' in check.counts)) return refuse('This is a database, but not a Tillpoint one.', found)
  const newest = MIGRATIONS.at(-1)?.id ?? 0
  if (check.schemaVersion > newest) return refuse('This backup comes from a newer version of Tillpoint: update Tillpoint first, then restore it.', found)
  const expected = manifest ? (manifest.encrypted ? manifest.plainSha256 : manifest.sha256) : null
  if (expected !== null && expected !== check.sha256)
    return refuse('This backup changed since it was made (its SHA-256 no longer matches its manifest).', found)
  return { plainPath, summary: { path: source.path, ok: true, problem: null, createdAt: source.entry?.createdAt ?? null, ...found } as RestoreSummary }
}

/** Places the checked copy beside the database for the next start; 'set-aside' when an undo puts back the database a restore moved aside. */
export async function stageRestore(dbPath: string, checked: CheckedSource, kind: RestoredAtStart['kind'] = 'backup'): Promise<void> {
  const pending = pendingRestorePath(dbPath)
  if (checked.plainPath.endsWith(PARTIAL)) await rename(checked.plainPath, `${pending}${PARTIAL}`)
  else await copyFile(checked.plainPath, `${pending}${PARTIAL}`)
  await syncFile(`${pending}${PARTIAL}`)
  const staged: Pending = { restoredFrom: checked.summary.path, kind, createdAt: checked.summary.createdAt }
  writeFileSync(`${pending}.json`, JSON.stringify(staged))
  await rename(`${pending}${PARTIAL}`, pending)
}

export async function discardDecrypted(checked: CheckedSource): Promise<void> {
  if (checked.plainPath.endsWith(PARTIAL)) await rm(checked.plainPath, { force: true })
}

/**
 * At start, before the database opens: a staged restore moves the current database (and any WAL
 * left by a crash) into backups/set-aside and takes its place. Synchronous: nothing else runs yet.
 */
export function applyPendingRestore(dbPath: string, backupsFolder: string, now: number): AppliedRestore | null {
  const pending = pendingRestorePath(dbPath)
  if (!existsSync(pending)) return null
  const staged = readPending(`${pending}.json`)
  const restoredFrom = staged.restoredFrom
  const aside = setAsideFolder(backupsFolder)
  mkdirSync(aside, { recursive: true })
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('.', '-')
  const setAsidePath = freeName(join(aside, `${basename(dbPath, '.sqlite')}-${stamp}-before-restore`), '.sqlite')
  if (existsSync(dbPath)) {
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${setAsidePath}${suffix}`)
    renameSync(dbPath, setAsidePath)
  }
  renameSync(pending, dbPath)
  const record: LastRestore = { restoredAt: now, setAsidePath, restoredFrom }
  writeFileSync(lastRestoreFile(backupsFolder), JSON.stringify(record))
  rmQuiet(`${pending}.json`)
  return { record, notice: { kind: staged.kind, file: basename(restoredFrom), createdAt: staged.createdAt, restoredAt: now } }
}

/** `<stem>.sqlite`, or `<stem>-2.sqlite` and on when a file (from a restore in the same millisecond) has that name: nothing set aside is overwritten. */
function freeName(stem: string, extension: string): string {
  let name = `${stem}${extension}`
  for (let n = 2; existsSync(name); n += 1) name = `${stem}-${n}${extension}`
  return name
}

function readPending(file: string): Pending {
  try {
    return pendingSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return { restoredFrom: 'unknown', kind: 'backup', createdAt: null }
  }
}

function rmQuiet(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // nothing staged: nothing to tidy
  }
}

export function readLastRestore(backupsFolder: string): LastRestore | null {
  try {
    const parsed = lastRestoreSchema.safeParse(JSON.parse(readFileSync(lastRestoreFile(backupsFolder), 'utf8')))
    return parsed.success && existsSync(parsed.data.setAsidePath) ? parsed.data : null
  } catch {
    return null
  }
}
