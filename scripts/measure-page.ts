/**
 * What the measure scripts share: a headless Chromium page of the built renderer whose window.api
 * speaks to a till started in this process, wired the way the end-to-end harness wires it.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium'
import type { Channel } from '../src/shared/contract'
import { TOOL_WINDOW, type Tillpoint } from '../src/main/tillpoint'
import { answerAsText, EMIT_FUNCTION, INVOKE_BINDING, pageApiScript } from '../tests/e2e/support/page-api'
import { serveRenderer, type RendererServer } from '../tests/e2e/support/renderer-server'

export interface MeasuredBrowser {
  server: RendererServer
  browser: Browser
  /** A context whose pages call `till` and hear its events; `probe` is an init script run first in every page. */
  context(till: Tillpoint, options: { viewport: { width: number; height: number }; probe: string }): Promise<BrowserContext>
  close(): Promise<void>
}

export async function openMeasuredBrowser(): Promise<MeasuredBrowser> {
  const server = await serveRenderer()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  return {
    server,
    browser,
    async context(till, { viewport, probe }) {
      const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC' })
      await context.exposeBinding(INVOKE_BINDING, (_source, channel: string, request: unknown) => answerAsText(till.dispatch(channel, request, TOOL_WINDOW)))
      // tsx (esbuild, keepNames) compiles createApi with calls to its __name helper, which the page lacks.
      await context.addInitScript({ content: `globalThis.__name ??= (target) => target;\n${pageApiScript()}` })
      await context.addInitScript({ content: probe })
      till.context.bus.subscribe((name, payload) => {
        for (const page of context.pages())
          page.evaluate(`window[${JSON.stringify(EMIT_FUNCTION)}]?.(${JSON.stringify(name)}, ${JSON.stringify(payload)})`).catch(() => undefined)
      })
      return context
    },
    async close() {
      await browser.close()
      await server.close()
    }
  }
}

/** Calls a channel as the tool window; a refusal throws. */
export async function ok(till: Tillpoint, channel: Channel, input?: unknown): Promise<unknown> {
  const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
  if (!result.ok) throw new Error(`${channel} was refused: ${result.error.code} ${result.error.message}`)
  return result.data
}
