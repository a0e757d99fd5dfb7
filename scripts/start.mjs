// `npm start`: build the app, give better-sqlite3 an Electron build, and launch Electron.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { buildElectronSqlite } from './electron-sqlite.mjs'

const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    return require('electron')
  } catch {
    return null
  }
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

const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const run = spawnSync(electron, ['.'], { stdio: 'inherit' })
process.exit(run.status ?? 0)
