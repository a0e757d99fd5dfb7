import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'
import type { Permission } from '../../shared/permissions'
import type { Caller } from '../core/command'

/** What a handler knows of its call, all decided by main: the window's session, never the renderer. */
export interface CallContext extends Caller {
  /** The calling window (Electron's webContents id): sessions are per window. */
  window: number
  /** Whether the actor, or the manager who approved this command, holds the permission. */
  can(permission: Permission): boolean
  /** The biggest discount the actor (or approver) gives without `cart.discountOverLimit`, in basis points. */
  discountLimitBp: number
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, call: CallContext) => Promise<OutputOf<C>>

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> }

/** The channels of one domain: `ChannelsOf<'catalog'>` is every `catalog.*` channel. */
export type ChannelsOf<Domain extends string> = Extract<Channel, `${Domain}.${string}`>

export type Handlers = HandlerMap<Channel>
