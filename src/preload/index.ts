import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from '../shared/api-client'
import { CHANNELS, EVENT_NAMES } from '../shared/contract'
import { EVENT_PREFIX } from '../shared/ipc-names'

const api = createApi(CHANNELS, EVENT_NAMES, {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe: (name, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(EVENT_PREFIX + name, forward)
    return () => {
      ipcRenderer.removeListener(EVENT_PREFIX + name, forward)
    }
  }
})

contextBridge.exposeInMainWorld('api', api)
