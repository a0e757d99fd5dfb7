import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listPackage } from '@electron/asar'
import { build, Platform } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronSqliteBinding } from '../../src/main/native-binding'

/**
 * What `npm run dist` puts in front of a shop: electron-builder packs this project with its own
 * configuration (package.json "build") as an unpacked Linux app. Electron itself cannot be
 * downloaded here, so a stand-in Electron folder takes its place, and a stand-in addon takes the
 * place of the Electron build of better-sqlite3 (scripts/electron-sqlite.mjs makes the real one).
 */
const root = join(__dirname, '../..')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  build: { directories: Record<string, string>; extraResources: Array<{ from: string; to: string; filter: string[] }> }
}

let dir: string
let resourcesPath: string
let appFiles: string[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tillpoint-installer-'))
  const electronDist = join(dir, 'electron')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n')
  chmodSync(join(electronDist, 'electron'), 0o755)
  for (const file of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(electronDist, file), '')
  writeFileSync(join(electronDist, 'version'), '45.4.1')
  const nativeDir = join(dir, 'native-electron')
  mkdirSync(nativeDir)
  writeFileSync(join(nativeDir, 'better_sqlite3.node'), 'stand-in addon')

  const nativeSource = join('build', 'native', 'electron')
  expect(packageJson.build.extraResources.some((entry) => entry.from === nativeSource)).toBe(true)
  // A configuration file of its own replaces package.json's (an object would be merged into it).
  const config = join(dir, 'electron-builder.json')
  writeFileSync(
    config,
    JSON.stringify({
      ...packageJson.build,
      electronDist,
      directories: { ...packageJson.build.directories, output: join(dir, 'dist') },
      extraResources: packageJson.build.extraResources.map((entry) => (entry.from === nativeSource ? { ...entry, from: nativeDir } : entry))
    })
  )
  await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), publish: 'never', config })
  resourcesPath = join(dir, 'dist', 'linux-unpacked', 'resources')
  appFiles = listPackage(join(resourcesPath, 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'))
}, 180_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const packagesIn = (files: string[]) =>
  new Set(files.map((file) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]).filter((name): name is string => name !== undefined))

describe('the packaged app', () => {
  it('holds the built app and every runtime dependency', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) expect(appFiles).toContain(file)
    const packages = packagesIn(appFiles)
    for (const name of Object.keys(packageJson.dependencies)) expect(packages.has(name), name).toBe(true)
  })

  it('leaves out the sources, the tests, the tools, the sync receiver and its PostgreSQL driver', () => {
    const ours = appFiles.filter((file) => !/^\/node_modules(\/|$)/.test(file))
    expect(ours.filter((file) => !/^\/(out|package\.json)/.test(file))).toEqual([])
    expect(appFiles.filter((file) => /sync-server/.test(file))).toEqual([])
    expect([...packagesIn(appFiles)].filter((name) => name === 'pg' || name.startsWith('pg-'))).toEqual([])
    const devOnly = Object.keys(packageJson.devDependencies)
    expect(devOnly).toContain('pg')
    expect(devOnly.filter((name) => packagesIn(appFiles).has(name))).toEqual([])
  })

  it('ships the Electron build of better-sqlite3 where the app looks for it, and no Node build or C++ sources', () => {
    expect(electronSqliteBinding(join(resourcesPath, 'app.asar'), resourcesPath, true)).toBe(join(resourcesPath, 'native', 'better_sqlite3.node'))
    expect(readFileSync(join(resourcesPath, 'native', 'better_sqlite3.node'), 'utf8')).toBe('stand-in addon')
    expect(appFiles.filter((file) => /better-sqlite3\/.*\.node$|better-sqlite3\/(build|deps|src)\//.test(file))).toEqual([])
    expect(appFiles).toContain('/node_modules/better-sqlite3/lib/index.js')
  })

  it('ships the receipt canvas (Skia) for this platform unpacked from the asar, where Electron loads native addons from', () => {
    const addons = appFiles.filter((file) => file.endsWith('.node'))
    expect(addons).toEqual([`/node_modules/@napi-rs/canvas-${process.platform}-${process.arch}-gnu/skia.${process.platform}-${process.arch}-gnu.node`])
    for (const addon of addons) expect(existsSync(join(resourcesPath, 'app.asar.unpacked', addon))).toBe(true)
  })

  it('ships the bundled files beside the app, where the packaged app reads them', () => {
    expect(existsSync(join(resourcesPath, 'resources', 'sample-shop.csv'))).toBe(true)
    // The receipt fonts for lines a thermal printer's code pages lack (src/main/print/escpos/raster-text.ts).
    for (const font of ['NotoSans-Regular.ttf', 'NotoSansArabic-Regular.ttf', 'NotoSansHebrew-Regular.ttf', 'DroidSansFallbackFull.ttf'])
      expect(existsSync(join(resourcesPath, 'resources', 'fonts', font)), font).toBe(true)
  })
})
