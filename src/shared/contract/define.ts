import type { z } from 'zod'

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
}

export function channel<I extends z.ZodType, O>(input: I, output: Returns<O>): ChannelDef<I, O> {
  return { input, output }
}

/** An event sent from main to renderer, named for what changed. */
export interface EventDef<P> {
  readonly payload: Returns<P>
}

export function event<P>(): EventDef<P> {
  return { payload: {} }
}
