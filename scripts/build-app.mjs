// `electron-vite build`, for the scripts that need the built app (start, dist).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** electron-vite's package exports no bin path, so it is found beside its package.json. */
export function buildApp() {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  return spawnSync(process.execPath, [electronVite, 'build'], { stdio: 'inherit' }).status === 0
}
