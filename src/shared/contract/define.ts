import type { z } from 'zod'
import type { Requirement } from '../permissions'

declare const phantom: unique symbol

/** Carries a handler's output type through the contract without a runtime value. */
export interface Returns<O> {
  readonly [phantom]?: O
}

export function returns<O>(): Returns<O> {
  return {}
}

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly output: Returns<O>
  /** Checked by the dispatcher before the handler runs: see `channel`. */
  readonly requires: Requirement
}

/**
 * A channel: its input schema, its output type and what the calling window needs, e.g.
 * `channel(returnOrderSchema, returns<OrderDetail>(), 'orders.refund')`. The third argument is
 * required: a permission from src/shared/permissions.ts, 'none' (any unlocked window) or
 * 'lock-screen' (a locked window too). A new permission is one line in PERMISSIONS.
 */
export function channel<I extends z.ZodType, O>(input: I, output: Returns<O>, requires: Requirement): ChannelDef<I, O> {
  return { input, output, requires }
}

/** An event sent from main to renderer, named for what changed. */
export interface EventDef<P> {
  readonly payload: Returns<P>
}

export function event<P>(): EventDef<P> {
  return { payload: {} }
}
