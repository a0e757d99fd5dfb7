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
 * The page function that resolves once the page's calls have settled: none in flight at two
 * animation frames in a row, and none started between them (a screen that loads in steps makes
 * its next call in the frame after an answer).
 */
export const SETTLED_FUNCTION = '__tillpointSettled'

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
  let inFlight = 0;
  let started = 0;
  Object.defineProperty(window, ${JSON.stringify(SETTLED_FUNCTION)}, {
    value: () =>
      new Promise((resolve) => {
        let seen = -1;
        const look = () => {
          if (inFlight === 0 && started === seen) return resolve(true);
          seen = inFlight === 0 ? started : -1;
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      })
  });
  const transport = {
    invoke: (channel, request) => {
      inFlight += 1;
      started += 1;
      return window[${JSON.stringify(INVOKE_BINDING)}](channel, request)
        .finally(() => { inFlight -= 1; })
        .then((text) => JSON.parse(text));
    },
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
