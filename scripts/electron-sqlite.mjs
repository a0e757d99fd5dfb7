// better-sqlite3 compiled for Node (used by `npm test`) cannot load in Electron: build a second copy
// against Electron's headers into build/native/electron, leaving the Node build untouched.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'build', 'native', 'electron')

export function buildElectronSqlite() {
  const electronVersion = require('electron/package.json').version
  const sqliteVersion = require('better-sqlite3/package.json').version
  const stamp = `${electronVersion}/${sqliteVersion}/${process.platform}-${process.arch}`
  const stampFile = join(outDir, 'built-for.txt')
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return true

  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (about a minute, once)…`)
  const work = mkdtempSync(join(tmpdir(), 'tillpoint-sqlite-'))
  try {
    const source = dirname(require.resolve('better-sqlite3/package.json'))
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) })
    const env = { ...process.env }
    for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key]
    const gyp = require.resolve('node-gyp/bin/node-gyp.js')
    const result = spawnSync(
      process.execPath,
      [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] }
    )
    if (result.status !== 0) {
      console.error(
        'Tillpoint cannot start: better-sqlite3 could not be built for Electron (its headers could not be downloaded or the C++ build failed). ' +
          'Connect to the internet and run `npm start` again.'
      )
      return false
    }
    mkdirSync(outDir, { recursive: true })
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'))
    writeFileSync(stampFile, stamp)
    return true
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(buildElectronSqlite() ? 0 : 1)
