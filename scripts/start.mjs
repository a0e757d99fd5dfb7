// `npm start`: build the app, give better-sqlite3 an Electron build (downloaded, or compiled when none can be), and launch Electron.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { buildApp } from './build-app.mjs'
import { buildElectronSqlite } from './electron-sqlite.mjs'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

function electronInstalled() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true
  const pathFile = join(electronDir, 'path.txt')
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))
}

/** Electron 45 fetches its binary on first use; its own downloader prints stack traces, so run it quietly. */
function electronBinary() {
  if (!electronInstalled()) {
    console.log('Downloading Electron (once)…')
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' })
    if (!electronInstalled()) return null
  }
  return require('electron')
}

const electron = electronBinary()
if (!electron) {
  console.error(
    'Tillpoint cannot start: the Electron binary is not installed and could not be downloaded. ' +
      'Connect to the internet and run `npm start` again, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45.'
  )
  process.exit(1)
}

if (!buildElectronSqlite()) process.exit(1)

if (!buildApp()) process.exit(1)

const run = spawnSync(electron, ['.'], { stdio: 'inherit' })
process.exit(run.status ?? 0)
