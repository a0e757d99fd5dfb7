// `npm run dist`: an installer for this platform, with better-sqlite3 built for Electron's ABI.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { buildElectronSqlite } from './electron-sqlite.mjs'

const require = createRequire(import.meta.url)

function run(script, args) {
  const result = spawnSync(process.execPath, [require.resolve(script), ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!buildElectronSqlite()) process.exit(1)
run('electron-vite/bin/electron-vite.js', ['build'])
run('electron-builder/cli.js', process.argv.slice(2))
