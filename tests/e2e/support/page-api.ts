import { createApi } from '../../../src/shared/api-client'
import { CHANNELS, EVENT_NAMES } from '../../../src/shared/contract'

/** The page calls this binding for every API call; it runs the real dispatcher in the test process. */
export const INVOKE_BINDING = '__tillpointInvoke'

/**
 * What the binding hands back to the page: the dispatcher's answer as JSON text, which the page
 * parses. Playwright's own serializer walks an answer value by value, so a 50-line cart took it
 * 15-60 ms on a busy machine where Electron's IPC takes a millisecond or two; one string crosses
 * as fast as Electron's. Every answer is plain data (the contract carries no binary or dates).
 */
export async function answerAsText(answer: Promise<unknown>): Promise<string> {
  return JSON.stringify(await answer)
}
/** The test process calls this in the page to deliver a main-process event. */
export const EMIT_FUNCTION = '__tillpointEmit'

/**
 * The script that gives the page its `window.api`, exactly as the preload does: the same
 * `createApi` (shipped as source), the same channel and event lists, and no actor (main knows the window). Only the
 * transport differs: a Playwright binding instead of ipcRenderer.
 */
export function pageApiScript(): string {
  return `(() => {
  const createApi = ${createApi.toString()};
  const listeners = new Map();
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (name, payload) => {
      for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
    }
  });
  const transport = {
    invoke: (channel, request) => window[${JSON.stringify(INVOKE_BINDING)}](channel, request).then((text) => JSON.parse(text)),
    subscribe: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    }
  };
  Object.defineProperty(window, 'api', {
    value: createApi(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENT_NAMES)}, transport)
  });
})();`
}

/**
 * Gives each page a window id of its own, as Electron gives each window its webContents id, so
 * every page has its own staff session (a second page starts locked once someone has a PIN).
 */
export function pageWindows(): (page: object) => number {
  const ids = new WeakMap<object, number>()
  let next = 100
  return (page) => {
    let id = ids.get(page)
    if (id === undefined) {
      id = ++next
      ids.set(page, id)
    }
    return id
  }
}
