import { BrowserWindow, ipcMain } from 'electron'
import { CHANNELS } from '../../shared/contract'
import { EVENT_PREFIX } from '../../shared/ipc-names'
import type { EventBus } from '../core/event-bus'
import type { Dispatch } from './dispatch'

/** Electron glue: one `ipcMain.handle` per contract channel, refusing frames that are not ours. */
export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedSender(url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Tillpoint data.' } }
      }
      return dispatch(channel, request, event.sender.id)
    })
  }
}

export function forwardEventsToWindows(bus: EventBus): () => void {
  return bus.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_PREFIX + name, payload)
    }
  })
}
