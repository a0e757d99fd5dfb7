import { isDeepStrictEqual } from 'node:util'
import { copyFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupReason } from '../../shared/backups'
import { backupFileName, ensureFolder, PARTIAL, publishBackup, writeManifestPartial, type BackupManifest } from './backup-files'
import { decryptFile, encryptFile, hashFileStreamed, syncFile } from './encryption'
import { runWorker, type WorkerProgress } from './run-worker'
import type { CopyMethod } from './worker-protocol'

/** A backup that did not pass: nothing of it is listed, and the reason is reported in words. */
export class BackupFailed extends Error {
  constructor(
    message: string,
    readonly code: string | null = null
  ) {
    super(message)
    this.name = 'BackupFailed'
  }
}

export interface TakeBackupOptions {
  source: string
  folder: string
  reason: BackupReason
  createdAt: number
  nativeBinding?: string
  method?: CopyMethod
  /** Pages copied per step of the online backup; each step holds only the worker's connection. */
  pagesPerStep?: number
  onProgress?: (progress: WorkerProgress) => void
}

/**
 * One verified local backup: copied by the worker under a partial name, read back read-only
 * (integrity check, row counts equal to the source's in the copy's own snapshot, content digest,
 * SHA-256), then
 * the manifest, then both renamed into place. Anything else leaves no listed backup and throws.
 */
export async function takeBackup(options: TakeBackupOptions): Promise<BackupManifest> {
  const file = backupFileName(options.createdAt, options.reason, false)
  const partial = join(options.folder, `${file}${PARTIAL}`)
  try {
    await ensureFolder(options.folder)
    const { source, check } = await runWorker(
      {
        job: 'backup',
        method: options.method ?? 'snapshot',
        source: options.source,
        dest: partial,
        pagesPerStep: options.pagesPerStep ?? 64,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
      },
      options.onProgress
    )
    if (check.integrity !== 'ok') throw new BackupFailed(`The copy failed its integrity check: ${check.integrity}`)
    if (source && !isDeepStrictEqual(source.counts, check.counts)) {
      throw new BackupFailed(`The copy's row counts differ from the database's: ${JSON.stringify({ database: source.counts, copy: check.counts })}`)
    }
    const manifest: BackupManifest = {
      format: 1,
      file,
      createdAt: options.createdAt,
      reason: options.reason,
      bytes: check.bytes,
      sha256: check.sha256,
      encrypted: false,
      plainSha256: null,
      schemaVersion: check.schemaVersion,
      lastOrderAt: check.lastOrderAt,
      counts: check.counts,
      // the copy's, taken once it passed its integrity check: what a restore of it brings back
      contentSha256: check.contentSha256
    }
    await writeManifestPartial(options.folder, manifest)
    await publishBackup(options.folder, file)
    return manifest
  } catch (error) {
    await removeQuietly(partial)
    throw asBackupFailure(error)
  }
}

/**
 * Copies a finished local backup to the second folder (encrypted when a passphrase is given) and
 * checks the copy there before it is listed: its hash, and for an encrypted one that it decrypts
 * back to the very database that was backed up.
 */
export async function copyToSecondFolder(
  local: { folder: string; manifest: BackupManifest },
  folder: string,
  passphrase: string | null
): Promise<BackupManifest> {
  const source = join(local.folder, local.manifest.file)
  const file = backupFileName(local.manifest.createdAt, local.manifest.reason, passphrase !== null)
  const partial = join(folder, `${file}${PARTIAL}`)
  try {
    await ensureFolder(folder)
    let manifest: BackupManifest
    if (passphrase === null) {
      await copyFile(source, partial)
      await syncFile(partial)
      const { sha256, bytes } = await hashFileStreamed(partial)
      if (sha256 !== local.manifest.sha256) throw new BackupFailed('The copy in the second folder differs from the backup it was copied from.')
      manifest = { ...local.manifest, file, bytes }
    } else {
      const sha256 = await encryptFile(source, partial, passphrase)
      if ((await decryptFile(partial, null, passphrase)) !== local.manifest.sha256) {
        throw new BackupFailed('The encrypted copy in the second folder does not decrypt to the backup it was made from.')
      }
      manifest = { ...local.manifest, file, sha256, encrypted: true, plainSha256: local.manifest.sha256, bytes: (await stat(partial)).size }
    }
    await writeManifestPartial(folder, manifest)
    await publishBackup(folder, file)
    return manifest
  } catch (error) {
    await removeQuietly(partial)
    await removeQuietly(`${partial.slice(0, -PARTIAL.length)}.manifest.json${PARTIAL}`)
    throw asBackupFailure(error)
  }
}

async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined)
}

function asBackupFailure(error: unknown): BackupFailed {
  if (error instanceof BackupFailed) return error
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null
  return new BackupFailed(error instanceof Error ? error.message : String(error), code)
}
