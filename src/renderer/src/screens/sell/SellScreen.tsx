import { useCallback, useEffect, useState } from 'react'
import { toast } from '../../stores/toast-store'
import { CartPanel } from './CartPanel'
import { watchCart } from './cart-store'
import { ProductPicker } from './ProductPicker'
import { OpenPriceDialog } from './OpenPriceDialog'
import { QuickAddDialog } from './QuickAddDialog'
import { useSellStore } from './sell-store'
import { SellDialogs, type SellDialog } from './SellDialogs'
import { useBarcodeScanner } from './use-barcode-scanner'
import { WeighDialog } from './WeighDialog'
import './sell.css'
import { useShiftStore } from '../../stores/shift-store'
import { useApprovalStore } from '../../stores/approval-store'
import { t } from '../../i18n/i18n'

/**
 * The counter: products on the left, the sale on the right. A scan adds its product from anywhere
 * on this screen; while a dialog is open a scan is kept out of its fields and waits for the sale.
 */
export function SellScreen() {
  const [dialog, setDialog] = useState<SellDialog | null>(null)
  const scan = useSellStore((state) => state.scan)
  const quickAdd = useSellStore((state) => state.quickAdd)
  const setQuickAdd = useSellStore((state) => state.setQuickAdd)
  const special = useSellStore((state) => state.special)
  const setSpecial = useSellStore((state) => state.setSpecial)
  const closeSpecial = useCallback(() => setSpecial(null), [setSpecial])
  const close = useCallback(() => setDialog(null), [])
  // A manager's PIN is typed on the approval pad: the scanner must not take fast digits as a scan.
  const approving = useApprovalStore((state) => state.pending !== null)

  useEffect(() => watchCart(), [])
  useEffect(() => void useShiftStore.getState().load(), [])
  // Once a dialog has closed (and the browser has put focus back where it was), the next scan or search starts here.
  useEffect(() => {
    if (dialog === null && quickAdd === null && special === null) document.querySelector<HTMLElement>('[data-testid="sell-search"]')?.focus()
  }, [dialog, quickAdd, special])
  useBarcodeScanner((code, orphan) => {
    if (dialog || quickAdd || special) {
      toast(t('sell.scannedBehindDialog', { code: `${orphan}${code}` }), 'info')
      return
    }
    void scan(code, orphan)
  }, !approving)

  return (
    <div className="screen sell-screen" data-testid="sell-screen">
      <ProductPicker />
      <CartPanel open={setDialog} />
      <SellDialogs dialog={dialog} open={setDialog} close={close} />
      {quickAdd ? <QuickAddDialog code={quickAdd.code} quantity={quickAdd.quantity} onClose={() => setQuickAdd(null)} /> : null}
      {special?.kind === 'price' ? <OpenPriceDialog code={special.code} variant={special.variant} quantity={special.quantity} onClose={closeSpecial} /> : null}
      {special?.kind === 'weight' ? <WeighDialog variant={special.variant} onClose={closeSpecial} /> : null}
    </div>
  )
}
