import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const ELECTRON_ADDON_NAME = 'better_sqlite3.node'

/**
 * better-sqlite3 compiled for Node cannot load in Electron. `npm start` builds a second copy for
 * Electron's ABI into build/native/electron; an installer ships it in resources/native.
 */
export function electronSqliteBinding(appRoot: string, resourcesPath: string, packaged: boolean): string | undefined {
  const candidate = packaged ? join(resourcesPath, 'native', ELECTRON_ADDON_NAME) : join(appRoot, 'build', 'native', 'electron', ELECTRON_ADDON_NAME)
  return existsSync(candidate) ? candidate : undefined
}
