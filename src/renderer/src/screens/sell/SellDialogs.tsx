import type { OrderDetail } from '../../../../shared/orders'
import { useCartStore } from './cart-store'
import { ClearSaleDialog } from './ClearSaleDialog'
import { CouponDialog } from './CouponDialog'
import { CustomerDialog } from './CustomerDialog'
import { LineDialog } from './LineDialog'
import { NoteDialog } from './NoteDialog'
import { OrderDiscountDialog } from './OrderDiscountDialog'
import { ParkDialog } from './ParkDialog'
import { ParkedCartsDialog } from './ParkedCartsDialog'
import { PayDialog } from './PayDialog'
import { SaleCompleteDialog } from './SaleCompleteDialog'
import { ShiftGate } from '../shift/ShiftGate'

export type SellDialog =
  | { kind: 'line'; lineId: number }
  | { kind: 'discount' | 'coupon' | 'customer' | 'note' | 'park' | 'parked' | 'clear' | 'pay' }
  | { kind: 'complete'; order: OrderDetail }

/** The one dialog open over Sell, if any. Dialogs about the cart close when the cart empties under them. */
export function SellDialogs({ dialog, open, close }: { dialog: SellDialog | null; open(dialog: SellDialog): void; close(): void }) {
  const cart = useCartStore((state) => state.cart)
  if (!dialog) return null
  if (dialog.kind === 'complete') return <SaleCompleteDialog order={dialog.order} onClose={close} />
  if (dialog.kind === 'parked') return <ParkedCartsDialog onClose={close} />
  if (!cart) return null
  switch (dialog.kind) {
    case 'line': {
      const line = cart.lines.find((entry) => entry.id === dialog.lineId)
      return line ? <LineDialog line={line} onClose={close} /> : null
    }
    case 'customer':
      return <CustomerDialog cart={cart} onClose={close} />
    case 'note':
      return <NoteDialog cart={cart} onClose={close} />
    default:
  }
  if (cart.lines.length === 0) return null
  switch (dialog.kind) {
    case 'discount':
      return <OrderDiscountDialog cart={cart} onClose={close} />
    case 'coupon':
      return <CouponDialog cart={cart} onClose={close} />
    case 'park':
      return <ParkDialog cart={cart} onClose={close} />
    case 'clear':
      return <ClearSaleDialog cart={cart} onClose={close} />
    case 'pay':
      return (
        <ShiftGate onClose={close}>
          <PayDialog cart={cart} onClose={close} onDone={(order) => open({ kind: 'complete', order })} />
        </ShiftGate>
      )
    default:
      return null
  }
}
