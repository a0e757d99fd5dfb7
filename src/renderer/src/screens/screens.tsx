import { lazy, type ComponentType } from 'react'
import { OrdersScreen } from './orders/OrdersScreen'
import { ProductsScreen } from './products/ProductsScreen'
import { CouponsScreen } from './coupons/CouponsScreen'
import type { Permission } from '../../../shared/permissions'
import type { ScreenId } from './screen-ids'
import { SellScreen } from './sell/SellScreen'
import { SettingsScreen } from './settings/SettingsScreen'
import { ShiftScreen } from './shift/ShiftScreen'

// The charts library is most of the bundle: load it when Stats is first opened, not at start.
const StatsScreen = lazy(() => import('./stats/StatsScreen').then((module) => ({ default: module.StatsScreen })))

export interface ScreenEntry {
  Component: ComponentType
  /** The screen opens for someone with at least one of these; the nav shows it disabled, with why, to others. */
  needsOneOf?: readonly Permission[]
}

/**
 * What each nav entry shows. The nav lists them in SCREEN_IDS order and gives each Alt+<its
 * number>, so the shortcut printed beside an entry is always the one that opens it.
 */
export const SCREENS: Record<ScreenId, ScreenEntry> = {
  sell: { Component: SellScreen },
  orders: { Component: OrdersScreen },
  products: { Component: ProductsScreen },
  settings: { Component: SettingsScreen, needsOneOf: ['settings.edit', 'staff.manage', 'print.configure', 'sync.configure'] },
  stats: { Component: StatsScreen, needsOneOf: ['stats.view'] },
  shift: { Component: ShiftScreen },
  coupons: {
    Component: CouponsScreen,
    needsOneOf: ['coupons.manage']
  }
}
