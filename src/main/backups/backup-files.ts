import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { BACKUP_REASONS, type BackupEntry, type BackupPlace, type BackupReason } from '../../shared/backups'

/**
 * A backup is two files in one folder: `tillpoint-<UTC time>-<reason>.sqlite` (`.sqlite.enc` when
 * encrypted) and its manifest `<that name>.manifest.json`. Both are written under a `.partial`
 * name and renamed only once the copy passed every check, the manifest last: a backup without its
 * manifest, or with a `.partial` name, was never finished and is never listed.
 */
export const PARTIAL = '.partial'
const MANIFEST = '.manifest.json'

const manifestSchema = z.object({
  format: z.literal(1),
  file: z.string(),
  createdAt: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encrypted: z.boolean(),
  /** The plain database's hash when the file is encrypted: what decryption must give back. */
  plainSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  schemaVersion: z.number().int(),
  lastOrderAt: z.number().int().nullable(),
  counts: z.record(z.string(), z.number().int()),
  /** SHA-256 of the source's schema and rows at the backup point, which the copy's equal (null: older and pre-migration backups). */
  contentSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null)
})

export type BackupManifest = z.output<typeof manifestSchema>

export function backupFileName(createdAt: number, reason: BackupReason, encrypted: boolean): string {
  const stamp = new Date(createdAt).toISOString().replace(/[-:]/g, '').replace('.', '-')
  return `tillpoint-${stamp}-${reason}.sqlite${encrypted ? '.enc' : ''}`
}

export function manifestPath(folder: string, file: string): string {
  return join(folder, `${file}${MANIFEST}`)
}

/** Writes the manifest durably under its partial name; `publishBackup` renames both into place. */
export async function writeManifestPartial(folder: string, manifest: BackupManifest): Promise<void> {
  const handle = await open(`${manifestPath(folder, manifest.file)}${PARTIAL}`, 'w')
  try {
    await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The copy first, then its manifest: the manifest's arrival is what makes the backup exist. */
export async function publishBackup(folder: string, file: string): Promise<void> {
  await rename(join(folder, `${file}${PARTIAL}`), join(folder, file))
  await rename(`${manifestPath(folder, file)}${PARTIAL}`, manifestPath(folder, file))
  await syncFolder(folder)
}

async function syncFolder(folder: string): Promise<void> {
  // A folder cannot be opened for fsync on Windows; there the rename is durable enough.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The finished backups in a folder, newest first; manifests that do not parse or lack their file are skipped. */
export async function listBackups(folder: string, place: BackupPlace): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const present = new Set(names)
  const entries: BackupEntry[] = []
  for (const name of names) {
    if (!name.endsWith(MANIFEST)) continue
    const manifest = await readManifest(join(folder, name))
    if (!manifest || !present.has(manifest.file) || `${manifest.file}${MANIFEST}` !== name) continue
    entries.push({
      id: `${place}:${manifest.file}`,
      place,
      path: join(folder, manifest.file),
      createdAt: manifest.createdAt,
      reason: manifest.reason,
      bytes: manifest.bytes,
      encrypted: manifest.encrypted,
      sha256: manifest.sha256,
      lastOrderAt: manifest.lastOrderAt,
      counts: manifest.counts
    })
  }
  return entries.sort((a, b) => b.createdAt - a.createdAt)
}

export async function readManifest(path: string): Promise<BackupManifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Leftovers of a backup that was interrupted (a crash, a kill, a full disk): never listed, removed. */
export async function removePartials(folder: string): Promise<void> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return
  }
  // a copy killed mid-write also leaves SQLite's own journal beside it (`.partial-journal`)
  const leftover = (name: string) => name.endsWith(PARTIAL) || /\.partial-(journal|wal|shm)$/.test(name)
  await Promise.all(names.filter(leftover).map((name) => rm(join(folder, name), { force: true })))
}

/** Deletes a backup, manifest first, so a half-deleted backup is not listed. */
export async function deleteBackup(folder: string, file: string): Promise<void> {
  await rm(manifestPath(folder, file), { force: true })
  await rm(join(folder, file), { force: true })
}

export async function ensureFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true })
}
