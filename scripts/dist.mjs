// `npm run dist`: an installer for this platform, with better-sqlite3 built for Electron's ABI.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { buildApp } from './build-app.mjs'
import { buildElectronSqlite } from './electron-sqlite.mjs'

const require = createRequire(import.meta.url)

if (!buildElectronSqlite()) process.exit(1)
if (!buildApp()) process.exit(1)
// The update address is a build setting: with it the app checks there for new versions, without it updates are off.
const updateUrl = process.env.TILLPOINT_UPDATE_URL ?? ''
const publish = updateUrl ? ['--config.publish.provider=generic', `--config.publish.url=${updateUrl}`] : []
const builder = spawnSync(process.execPath, [require.resolve('electron-builder/cli.js'), ...publish, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(builder.status ?? 1)
