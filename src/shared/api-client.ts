import type { Channel, EventName, Request, TillpointApi } from './contract'
import type { Result } from './errors'
import type { Approval } from './staff'

export interface ApiTransport {
  invoke(channel: string, request: Request): Promise<Result<unknown>>
  subscribe(eventName: string, listener: (payload: unknown) => void): () => void
}

/**
 * Builds `window.api` from the contract's channel and event names. It closes over nothing but its
 * arguments, so the end-to-end tests can ship this very function into the page (`toString`).
 * No call says who acts: main takes that from the window's session.
 */
export function createApi(channels: readonly Channel[], eventNames: readonly EventName[], transport: ApiTransport): TillpointApi {
  const groups = (approval?: Approval): Record<string, unknown> => {
    const api: Record<string, unknown> = {}
    for (const channel of channels) {
      const [domain, method] = channel.split('.') as [string, string]
      const group = (api[domain] ??= {}) as Record<string, unknown>
      group[method] = (input?: unknown) => transport.invoke(channel, approval ? { input, approval } : { input })
    }
    return api
  }
  const api = groups()
  const known = new Set<string>(eventNames)
  api.on = (name: string, listener: (payload: unknown) => void) => {
    if (!known.has(name)) throw new Error(`Unknown event: ${name}`)
    return transport.subscribe(name, listener)
  }
  api.withApproval = (approval: Approval) => Object.freeze(groups({ staffId: approval.staffId, pin: approval.pin }))
  return Object.freeze(api) as unknown as TillpointApi
}
