/**
 * One run of the built app (`out/main/index.js`) in its own Node process, with the Electron
 * stand-in, for tests that need what a real restart does: started by `launchBuiltApp`
 * (tests/support/built-app.ts) with `fork`, as `node --import tsx built-app-process.ts <user data>
 * <resources path>`. The parent's messages are invokes from the app's page; this process answers
 * them, forwards what main sends to the window, and says when its window opened and how it exited
 * (and whether the app asked for app.relaunch, which the parent then does: a new process).
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createElectronStandIn, installElectronStandIn } from './electron-stand-in'
import type { FromApp, ToApp } from './built-app'

const [userData, resourcesPath] = process.argv.slice(2)
if (!userData || !resourcesPath) throw new Error('usage: built-app-process.ts <user data> <resources path>')
const root = join(__dirname, '../..')
const mainBundle = join(root, 'out/main/index.js')
const rendererUrl = pathToFileURL(join(root, 'out/renderer/index.html')).href
const send = (message: FromApp): void => void process.send?.(message)

Object.assign(process, { resourcesPath })
const electron = createElectronStandIn({
  userData,
  appPath: join(userData, 'app.asar'),
  resourcesPath,
  packaged: true,
  deliver: (channel, payload) => send({ kind: 'event', channel, payload })
})
electron.onExit((code) => {
  // the process ends only once the message is out: the parent must know about a relaunch
  const message: FromApp = { kind: 'exit', code, relaunch: electron.record.relaunch }
  if (!process.send) process.exit(code)
  else process.send(message, () => process.exit(code))
})
process.on('message', (message: ToApp) => {
  if (message.kind === 'quit') return electron.app.quit()
  electron.invoke(message.channel, message.request, rendererUrl, message.window).then(
    (answer) => send({ kind: 'answer', id: message.id, answer }),
    (error: unknown) => send({ kind: 'answer', id: message.id, answer: { ok: false, error: { code: 'INTERNAL', message: String(error) } } })
  )
})
installElectronStandIn(root, electron.module)
createRequire(mainBundle)(mainBundle)
const opened = setInterval(() => {
  if (electron.record.windows.length === 0) return
  clearInterval(opened)
  send({ kind: 'started', pid: process.pid })
}, 20)
