import type { SoldBy } from '../../../shared/sold-by'
import { formatQuantity } from '../lib/weight'
import { useShopSettings } from '../stores/settings-store'

/** A stored quantity as the shop reads it: "12" units, or "1.25 kg" for a product sold by weight. */
export function Quantity({ quantity, soldBy }: { quantity: number; soldBy: SoldBy }) {
  const { locale } = useShopSettings()
  return <>{formatQuantity(quantity, soldBy, locale)}</>
}
