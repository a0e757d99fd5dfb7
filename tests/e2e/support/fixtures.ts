import { mkdirSync } from 'node:fs'
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import type { EventName } from '../../../src/shared/contract'
import type { EventBus } from '../../../src/main/core/event-bus'
import type { Dispatch } from '../../../src/main/ipc/dispatch'
import { openTestTill, TEST_EPOCH, type TestTill } from '../../support/test-till'
import { answerAsText, EMIT_FUNCTION, INVOKE_BINDING, pageApiScript, pageWindows } from './page-api'
import { serveRenderer, type RendererServer } from './renderer-server'
import { captureAtSizes, captureScreen, type ScreenSize } from './screens'

export interface TillpointFixtures {
  /** The real main process on this test's own SQLite file: set data up and check it through `till.ok`. */
  till: TestTill
  /** Moves the till's clock and every page's clock forward together. */
  advanceTime(ms: number): Promise<void>
  /** Saves a screenshot of the page as test-results/screens/<name>.png, and attaches it to the report. */
  capture(page: Page, name: string): Promise<void>
  /**
   * The page at the three screenshot sizes (800x600, 1280x800, 1920x1080), captured as `<name>-<width>`
   * after `check` (if given) passes at each size; the page is back at 1280x800 after.
   */
  captureAtSizes(page: Page, name: string, check?: (size: ScreenSize) => Promise<void>): Promise<void>
  /** Every event the till published during the test, in order. */
  tillEvents: Array<{ name: EventName; payload: unknown }>
  /** Options for the test's till (`test.use({ tillOptions: { updates: source } })`). */
  tillOptions: Parameters<typeof openTestTill>[0]
  /** What the pages' window.api calls and hears: the test's till, unless a spec starts the app another way (startup.spec.ts). */
  wiring: { dispatch: Dispatch; bus: EventBus }
}

interface WorkerFixtures {
  renderer: RendererServer
}

/**
 * Each test gets a fresh till in its own data folder, a browser context whose pages all speak to
 * it (open a second page with `context.newPage()`), and the browser's clock set to the till's.
 */
export const test = base.extend<TillpointFixtures, WorkerFixtures>({
  renderer: [
    async ({}, use) => {
      const server = await serveRenderer()
      await use(server)
      await server.close()
    },
    { scope: 'worker' }
  ],

  baseURL: async ({ renderer }, use) => use(renderer.url),

  tillOptions: [{}, { option: true }],

  till: async ({ tillOptions }, use, testInfo) => {
    const dir = testInfo.outputPath('till-data')
    mkdirSync(dir, { recursive: true })
    const till = openTestTill({ ...tillOptions, dir })
    await use(till)
    // What main logged (an INTERNAL refusal's cause among it) goes with the test's report, so a
    // failure seen once under load can be read afterwards.
    if (till.logged.length > 0) await testInfo.attach('main-process-errors', { body: till.logged.join('\n\n'), contentType: 'text/plain' })
    await till.cleanup()
  },

  tillEvents: async ({ till }, use) => use(till.recordEvents()),

  wiring: async ({ till }, use) => use({ dispatch: till.dispatch, bus: till.context.bus }),

  context: async ({ context, wiring }, use) => {
    await wireContext(context, wiring)
    await use(context)
  },

  advanceTime: async ({ context, till }, use) => {
    await use(async (ms) => {
      till.clock.advance(ms)
      await Promise.all(context.pages().map((page) => page.clock.fastForward(ms)))
    })
  },

  capture: async ({}, use, testInfo) => {
    await use((page, name) => captureScreen(page, name, testInfo))
  },

  captureAtSizes: async ({}, use, testInfo) => {
    await use((page, name, check) => captureAtSizes(page, name, testInfo, check))
  }
})

async function wireContext(context: BrowserContext, wiring: TillpointFixtures['wiring']): Promise<void> {
  await context.clock.install({ time: TEST_EPOCH })
  const windowOf = pageWindows()
  await context.exposeBinding(INVOKE_BINDING, (source, channel: string, request: unknown) =>
    answerAsText(wiring.dispatch(channel, request, windowOf(source.page)))
  )
  await context.addInitScript({ content: pageApiScript() })
  const stop = wiring.bus.subscribe((name, payload) => {
    for (const page of context.pages()) {
      // A page that is closing or navigating simply misses the event, as a closed window would.
      page.evaluate(deliverEvent, { fn: EMIT_FUNCTION, name, payload }).catch(() => undefined)
    }
  })
  context.on('close', () => stop())
}

/** Runs in the page: hands the event to the listeners `window.api.on` registered. */
function deliverEvent({ fn, name, payload }: { fn: string; name: string; payload: unknown }): void {
  const emit = (globalThis as unknown as Record<string, ((name: string, payload: unknown) => void) | undefined>)[fn]
  emit?.(name, payload)
}

export { expect }
