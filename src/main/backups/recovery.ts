import { join } from 'node:path'
import type { GoodBackup, StartupProblem } from '../../shared/startup'
import { AppError } from '../core/app-error'
import { MIGRATIONS } from '../db/migrations'
import { plainSecretBox, type SecretBox } from '../sync/secret-box'
import { readManifest } from './backup-files'
import { listEveryBackup } from './backup-service'
import { openPassphrase, readBackupSettings } from './backup-settings'
import { applyPendingRestore, checkRestoreSource, discardDecrypted, stageRestore, type AppliedRestore, type CheckedSource } from './restore'
import type { DiagnosedProblem } from './startup-check'

export interface RecoveryOptions {
  dbPath: string
  backupsFolder: string
  nativeBinding?: string
  /** Opens the second folder's passphrase, for an encrypted backup there. */
  secrets?: SecretBox
  now: () => number
}

/** The start-up screen's side in main: what is wrong, the newest good backup, and the one-click restore. */
export interface Recovery {
  problem(): Promise<StartupProblem>
  /** Checks the newest good backup again, stages it and applies it now: the damaged file goes to backups/set-aside. */
  restoreNewest(): Promise<AppliedRestore | null>
}

const UNRESTORABLE = new Set<DiagnosedProblem['kind']>(['read-only', 'disk-full'])

export function createRecovery(found: DiagnosedProblem, options: RecoveryOptions): Recovery {
  const canRestore = !UNRESTORABLE.has(found.kind)
  let answer: Promise<StartupProblem> | null = null

  async function problem(): Promise<StartupProblem> {
    const newest = canRestore ? await newestGoodBackup(options) : null
    if (newest) await discardDecrypted(newest.checked)
    return { kind: found.kind, detail: found.detail, dbPath: options.dbPath, newestBackup: newest?.backup ?? null, canRestore }
  }

  return {
    problem: () => (answer ??= problem()),
    async restoreNewest() {
      if (!canRestore)
        throw new AppError('CONFLICT', 'Restoring cannot help here: make the folder writable or free some space, then try again.', {
          details: { kind: found.kind }
        })
      const newest = await newestGoodBackup(options)
      if (!newest) throw new AppError('NOT_FOUND', 'No backup passed its check, so there is nothing to restore. The damaged file is still where it was.')
      await stageRestore(options.dbPath, newest.checked)
      return applyPendingRestore(options.dbPath, options.backupsFolder, options.now())
    }
  }
}

/**
 * The newest listed backup that passes the full restore check now (integrity, its manifest's
 * SHA-256, a Tillpoint schema this version knows), in either folder; backups from a newer
 * version are passed over without reading them.
 */
export async function newestGoodBackup(options: RecoveryOptions): Promise<{ backup: GoodBackup; checked: CheckedSource } | null> {
  const newestMigration = MIGRATIONS.at(-1)?.id ?? 0
  const stored = await readBackupSettings(join(options.backupsFolder, 'settings.json'))
  const passphrase = await openPassphrase(options.secrets ?? plainSecretBox, stored).catch(() => null)
  for (const entry of await listEveryBackup(options.backupsFolder)) {
    const manifest = await readManifest(`${entry.path}.manifest.json`)
    if (!manifest || manifest.schemaVersion > newestMigration) continue
    const checked = await checkRestoreSource(
      { path: entry.path, entry },
      { folder: options.backupsFolder, passphrase, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) }
    )
    if (checked.summary.ok) return { backup: { ...checked.summary, id: entry.id, place: entry.place }, checked }
    await discardDecrypted(checked)
  }
  return null
}
