import type { Actor } from '../../shared/actor'
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'

export interface CallContext {
  actor: Actor
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, call: CallContext) => Promise<OutputOf<C>>

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> }

/** The channels of one domain: `ChannelsOf<'catalog'>` is every `catalog.*` channel. */
export type ChannelsOf<Domain extends string> = Extract<Channel, `${Domain}.${string}`>

export type Handlers = HandlerMap<Channel>
