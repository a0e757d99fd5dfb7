import { z } from 'zod'
import { freeText } from './free-text'
import { oneTimeToken } from './files'
import { schemaMessage } from './i18n/schema-message'

/** Why a backup was taken: the rotation keeps pre-migration ones apart, for 90 days. */
export const BACKUP_REASONS = ['scheduled', 'manual', 'quit', 'shift', 'pre-migration', 'pre-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** The user-data backups folder, or the second folder the shopkeeper chose. */
export type BackupPlace = 'local' | 'second'

/** One verified backup: only backups that passed every check are ever listed. */
export interface BackupEntry {
  /** `local:<file>` or `second:<file>`. */
  id: string
  place: BackupPlace
  path: string
  createdAt: number
  reason: BackupReason
  bytes: number
  encrypted: boolean
  sha256: string
  lastOrderAt: number | null
  counts: Record<string, number>
}

/** digest: the copy read, once it passed its integrity check, for its content digest. */
export type BackupPhase = 'digest' | 'copy' | 'check' | 'hash' | 'second'

export interface BackupProgress {
  reason: BackupReason
  phase: BackupPhase
  /** 0..1 over the whole backup. */
  fraction: number
}

export interface BackupFailure {
  at: number
  reason: BackupReason
  place: BackupPlace
  message: string
}

export interface BackupStatus {
  running: BackupProgress | null
  lastGoodAt: number | null
  /** The newest failure since the last good backup in that place; cleared by the next success there. */
  failures: BackupFailure[]
  /** True when the newest good backup is older than the schedule allows (or there is none yet). */
  overdue: boolean
  secondFolder: { path: string; reachable: boolean } | null
  /** The database moved aside by the last restore, which undoRestore puts back. */
  undoable: { restoredAt: number; setAsidePath: string } | null
  /** The file this start of the till was restored from (a backup, or after an undo the set-aside database); null on a normal start. */
  restoredAtStart: RestoredAtStart | null
}

/** What the notice after a restore names: the file the till now runs on and when that copy was made. */
export interface RestoredAtStart {
  /** 'set-aside' after an undo: the database the restore had moved aside. */
  kind: 'backup' | 'set-aside'
  /** The file's name, without its folder. */
  file: string
  /** When the backup was taken (when the database was set aside, after an undo); null for a file from elsewhere without a manifest. */
  createdAt: number | null
  /** When the restore was applied: tells one restore's notice from the next. */
  restoredAt: number
}

/** OK on the notice after a restore: the notice as backups.status named it, so an OK from a stale window hides no newer one. */
export const restoredNoticeSeenSchema = z
  .object({
    kind: z.enum(['backup', 'set-aside']),
    file: freeText(400),
    restoredAt: z.number().int().nonnegative()
  })
  .strict()

export const backupSettingsSchema = z
  .object({
    /** Daily backup time on the shop's clock, "HH:MM"; null for no daily backup. */
    dailyAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: schemaMessage('backups.dailyTime') })
      .nullable(),
    /** The folder backups.chooseFolder chose (its token, never a path); null removes it, omitted keeps it. */
    secondFolderToken: oneTimeToken(schemaMessage('backups.secondFolder')).nullable().optional(),
    /** Encrypts second-folder copies with this passphrase; null turns encryption off, omitted keeps it. */
    passphrase: z
      .string()
      .min(8, { error: schemaMessage('backups.passphrase', { min: 8 }) })
      .max(200)
      .nullable()
      .optional()
  })
  .strict()

export type BackupSettingsInput = z.input<typeof backupSettingsSchema>

export interface BackupSettings {
  dailyAt: string | null
  secondFolder: string | null
  encrypted: boolean
}

export const backupSourceSchema = z.union([
  z.object({ backupId: freeText(400, { required: schemaMessage('backups.choose') }) }).strict(),
  /** A file backups.chooseFile chose (its token, never a path). */
  z.object({ fileToken: oneTimeToken(schemaMessage('backups.restoreFile')) }).strict()
])
export type BackupSource = z.output<typeof backupSourceSchema>

/** What a restore would bring back, shown before the shopkeeper confirms. */
export interface RestoreSummary {
  path: string
  ok: boolean
  /** Why it cannot be restored, in words; null when ok. */
  problem: string | null
  createdAt: number | null
  lastOrderAt: number | null
  counts: Record<string, number>
  bytes: number
}

export interface BackupResult {
  local: BackupEntry
  /** Null when no second folder is set or the copy there failed (see the status's failures). */
  second: BackupEntry | null
}

/** What the storage banner says: one of the three storage answers and what to do about it. */
export interface StorageProblem {
  code: 'STORAGE_FULL' | 'STORAGE_READ_ONLY' | 'DATABASE_DAMAGED'
  message: string
}
