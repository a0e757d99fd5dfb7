import { open, readFile, rename } from 'node:fs/promises'
import { z } from 'zod'
import type { BackupSettings } from '../../shared/backups'
import type { SecretBox } from '../sync/secret-box'

/**
 * Backup settings belong to this PC (its USB stick, its schedule), not to the shop's data: they
 * live in backups/settings.json, so restoring an older database does not bring back an old folder.
 */
const storedSchema = z.object({
  dailyAt: z.string().nullable(),
  secondFolder: z.string().nullable(),
  /** The passphrase, encrypted by the OS keychain where there is one (base64). */
  passphrase: z.string().nullable(),
  passphraseEncrypted: z.boolean()
})

export type StoredBackupSettings = z.output<typeof storedSchema>

export const DEFAULT_BACKUP_SETTINGS: StoredBackupSettings = { dailyAt: '21:00', secondFolder: null, passphrase: null, passphraseEncrypted: false }

export async function readBackupSettings(file: string): Promise<StoredBackupSettings> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS
  } catch {
    return DEFAULT_BACKUP_SETTINGS
  }
}

export async function writeBackupSettings(file: string, settings: StoredBackupSettings): Promise<void> {
  const partial = `${file}.partial`
  const handle = await open(partial, 'w')
  try {
    await handle.writeFile(`${JSON.stringify(settings, null, 2)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(partial, file)
}

export function publicSettings(stored: StoredBackupSettings): BackupSettings {
  return { dailyAt: stored.dailyAt, secondFolder: stored.secondFolder, encrypted: stored.passphrase !== null }
}

export async function sealPassphrase(secrets: SecretBox, passphrase: string): Promise<Pick<StoredBackupSettings, 'passphrase' | 'passphraseEncrypted'>> {
  return { passphrase: Buffer.from(await secrets.encrypt(passphrase)).toString('base64'), passphraseEncrypted: await secrets.available() }
}

export async function openPassphrase(secrets: SecretBox, stored: StoredBackupSettings): Promise<string | null> {
  return stored.passphrase === null ? null : secrets.decrypt(new Uint8Array(Buffer.from(stored.passphrase, 'base64')))
}
