/** Every screen the nav can show, in nav order. A new screen adds its id here and its entry in screens.tsx. */
export const SCREEN_IDS = ['sell', 'orders', 'products', 'settings', 'stats', 'shift', 'coupons'] as const
export type ScreenId = (typeof SCREEN_IDS)[number]
