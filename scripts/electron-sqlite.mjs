// better-sqlite3 built for Node (used by `npm test`) cannot load in Electron: put a second copy,
// for Electron's ABI, into build/native/electron, leaving the Node build untouched. better-sqlite3
// publishes that binary for every Electron release, so it is downloaded (prebuild-install); only
// when that fails is it compiled with node-gyp, which needs Python 3 and a C++ compiler.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'build', 'native', 'electron')

/** The copy's own environment: the machine's `nodedir` (the system Node's headers) must not leak into an Electron build. */
function buildEnv() {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key]
  return env
}

function downloadPrebuilt(work, electronVersion) {
  const prebuildInstall = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js')
  const args = [prebuildInstall, '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, `--platform=${process.platform}`]
  return spawnSync(process.execPath, args, { cwd: work, env: buildEnv(), encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
}

function compile(work, electronVersion) {
  const gyp = require.resolve('node-gyp/bin/node-gyp.js')
  const args = [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']
  return spawnSync(process.execPath, args, { cwd: work, env: buildEnv(), encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
}

/** The line of a failed step's output that says why: a network error first, else its first error. */
function reason(result) {
  const lines = (result.error ? String(result.error) : (result.stderr ?? ''))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.some((line) => /network connectivity/.test(line))) return "Electron's headers could not be downloaded"
  const telling =
    lines.find((line) => /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|getaddrinfo/.test(line)) ??
    lines.find((line) => /Error:/.test(line)) ??
    lines.at(-1) ??
    'no output'
  return telling.replace(/^(prebuild-install|gyp) (warn|ERR!|info)( stack| install)?\s*/, '')
}

export function buildElectronSqlite() {
  const electronVersion = require('electron/package.json').version
  const sqliteVersion = require('better-sqlite3/package.json').version
  const stamp = `${electronVersion}/${sqliteVersion}/${process.platform}-${process.arch}`
  const stampFile = join(outDir, 'built-for.txt')
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return true

  const work = mkdtempSync(join(tmpdir(), 'tillpoint-sqlite-'))
  try {
    const source = dirname(require.resolve('better-sqlite3/package.json'))
    cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) })
    console.log(`Downloading better-sqlite3 ${sqliteVersion} prebuilt for Electron ${electronVersion} (${process.platform}-${process.arch}, once)…`)
    const download = downloadPrebuilt(work, electronVersion)
    if (download.status !== 0) {
      console.log(`No prebuilt better-sqlite3 could be downloaded (${reason(download)}).`)
      console.log('Compiling it with node-gyp instead (needs Python 3 and a C++ compiler; about a minute, once)…')
      const build = compile(work, electronVersion)
      if (build.status !== 0) {
        console.error(
          `Tillpoint cannot start: better-sqlite3 could not be compiled for Electron either (${reason(build)}). ` +
            'Connect to the internet and run `npm start` again; where no prebuilt binary exists, install Python 3 and a C++ compiler.'
        )
        return false
      }
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
