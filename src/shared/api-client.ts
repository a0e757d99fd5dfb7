import type { Channel, EventName, Request, TillpointApi } from './contract'
import type { Actor } from './actor'
import type { Result } from './errors'

export interface ApiTransport {
  invoke(channel: string, request: Request): Promise<Result<unknown>>
  subscribe(eventName: string, listener: (payload: unknown) => void): () => void
}

/**
 * Builds `window.api` from the contract's channel and event names. It closes over nothing but its
 * arguments, so the end-to-end tests can ship this very function into the page (`toString`).
 */
export function createApi(
  channels: readonly Channel[],
  eventNames: readonly EventName[],
  transport: ApiTransport,
  currentActor: () => Actor
): TillpointApi {
  const api: Record<string, unknown> = {}
  for (const channel of channels) {
    const [domain, method] = channel.split('.') as [string, string]
    const group = (api[domain] ??= {}) as Record<string, unknown>
    group[method] = (input?: unknown) => transport.invoke(channel, { actor: currentActor(), input })
  }
  const known = new Set<string>(eventNames)
  api.on = (name: string, listener: (payload: unknown) => void) => {
    if (!known.has(name)) throw new Error(`Unknown event: ${name}`)
    return transport.subscribe(name, listener)
  }
  return Object.freeze(api) as unknown as TillpointApi
}
