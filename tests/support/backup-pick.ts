import type { TestTill, TillWindow } from './test-till'

/**
 * Stands in for the shopkeeper choosing `path` in the backups folder picker of this window, and
 * answers the one-time token backups.updateSettings takes (as the renderer gets it).
 */
export async function chooseBackupFolder(till: TestTill, path: string, window: Pick<TillWindow, 'ok'> = till): Promise<string> {
  till.services.backups.useDialogs({ chooseFolder: async () => path, chooseDatabaseFile: async () => null })
  const { folderToken } = await window.ok('backups.chooseFolder')
  if (!folderToken) throw new Error('the stand-in picker chose no folder')
  return folderToken
}

/** The same for "Restore from a file…": the token backups.inspect and backups.restore take. */
export async function chooseRestoreFile(till: TestTill, path: string, window: Pick<TillWindow, 'ok'> = till): Promise<{ fileToken: string }> {
  till.services.backups.useDialogs({ chooseFolder: async () => null, chooseDatabaseFile: async () => path })
  const { fileToken } = await window.ok('backups.chooseFile')
  if (!fileToken) throw new Error('the stand-in picker chose no file')
  return { fileToken }
}
