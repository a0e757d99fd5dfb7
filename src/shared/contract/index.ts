import type { z } from 'zod'
import type { Approval } from '../staff'
import type { Result } from '../errors'
import type { ChannelDef, EventDef } from './define'
import { backupsChannels, backupsEvents } from './backups'
import { cartChannels, cartEvents } from './cart'
import { catalogChannels, catalogEvents } from './catalog'
import { couponsChannels, couponsEvents } from './coupons'
import { customersChannels, customersEvents } from './customers'
import { displayChannels, displayEvents } from './display'
import { filesChannels } from './files'
import { journalChannels, journalEvents } from './journal'
import { ordersChannels, ordersEvents } from './orders'
import { printChannels, printEvents } from './print'
import { promotionsChannels, promotionsEvents } from './promotions'
import { settingsChannels, settingsEvents } from './settings'
import { shiftsChannels, shiftsEvents } from './shifts'
import { staffChannels, staffEvents } from './staff'
import { startupChannels } from './startup'
import { statsChannels, statsEvents } from './stats'
import { stockChannels, stockEvents } from './stock'
import { syncChannels, syncEvents } from './sync'
import { updatesChannels, updatesEvents } from './updates'

/**
 * Every channel between renderer and main: one zod input schema, one output type and what it
 * requires of the calling window each (`channel(schema, returns<T>(), 'catalog.edit')`, see
 * define.ts). A new channel declares its permission on its own line in its domain's file.
 */
export const contract = {
  ...backupsChannels,
  ...cartChannels,
  ...catalogChannels,
  ...couponsChannels,
  ...customersChannels,
  ...displayChannels,
  ...filesChannels,
  ...journalChannels,
  ...ordersChannels,
  ...printChannels,
  ...promotionsChannels,
  ...settingsChannels,
  ...shiftsChannels,
  ...staffChannels,
  ...startupChannels,
  ...statsChannels,
  ...stockChannels,
  ...syncChannels,
  ...updatesChannels
} as const satisfies Record<string, ChannelDef>

/** Every event main sends to the renderer, named for what changed. */
export const events = {
  ...backupsEvents,
  ...cartEvents,
  ...catalogEvents,
  ...couponsEvents,
  ...customersEvents,
  ...displayEvents,
  ...journalEvents,
  ...ordersEvents,
  ...printEvents,
  ...promotionsEvents,
  ...settingsEvents,
  ...shiftsEvents,
  ...staffEvents,
  ...statsEvents,
  ...stockEvents,
  ...syncEvents,
  ...updatesEvents
} as const satisfies Record<string, EventDef<unknown>>

export type Contract = typeof contract
export type Channel = keyof Contract
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = Events[E] extends EventDef<infer P> ? P : never

export const CHANNELS = Object.keys(contract) as Channel[]
export const EVENT_NAMES = Object.keys(events) as EventName[]

/**
 * What crosses the wire for every call: the raw input, and for one command a cashier may not run
 * alone, a manager's approval. Who acts is never said here: main knows it from the window's session.
 */
export interface Request {
  input: unknown
  approval?: Approval
}

type DomainOf<C> = C extends `${infer D}.${string}` ? D : never
type ArgsOf<C extends Channel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]

export type ChannelApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}.${infer M}` ? M : never]: (...args: ArgsOf<C>) => Promise<Result<OutputOf<C>>>
  }
}

/**
 * `window.api`: `api.settings.get()`, `api.catalog.createProduct({...})`, `api.on('stock.changed', fn)`,
 * and `api.withApproval({staffId, pin}).orders.return({...})` for a command a manager approved.
 */
export type TillpointApi = ChannelApi & {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void
  withApproval(approval: Approval): ChannelApi
}

export { channel, event, returns } from './define'
export type { ChannelDef, EventDef } from './define'
