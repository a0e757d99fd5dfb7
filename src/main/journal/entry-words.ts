import type { OrderSnapshot } from './order-snapshot'

interface EntryData {
  actor?: { id: string; name: string }
  approver?: { id: string; name: string } | null
  events?: Array<{ name: string; payload: Record<string, unknown> }>
  orders?: OrderSnapshot[]
  stock?: Array<{ variant: number; stock: number }>
  prices?: Array<{ name: string; price: number }>
  summary?: Record<string, number>
  refused?: { code: string; message: string }
}

/** What each command did, as a verb phrase after the person's name. */
const VERBS: Record<string, string> = {
  'journal.genesis': 'started the journal',
  'cart.checkout': 'sold',
  'orders.setStatus': 'moved',
  'orders.cancel': 'cancelled',
  'orders.pay': 'took a payment on',
  'orders.return': 'returned',
  'orders.expirySweep': 'released the hold on',
  'stock.adjust': 'changed the stock of',
  'catalog.createProduct': 'added',
  'catalog.updateProduct': 'changed',
  'catalog.updateVariant': 'changed',
  'catalog.archiveProduct': 'archived',
  'catalog.restoreProduct': 'restored',
  'catalog.importCsv': 'imported',
  'settings.update': 'changed the shop settings',
  'settings.updateTill': 'changed this till’s settings',
  'print.printOrder': 'printed',
  'print.updateSettings': 'changed the printer settings',
  'cart.current': 'started a sale',
  'cart.addLine': 'added a line to the sale',
  'cart.scan': 'scanned an item into the sale',
  'cart.setQuantity': 'changed a quantity in the sale',
  'cart.removeLine': 'removed a line from the sale',
  'cart.setLineDiscount': 'discounted a line of the sale',
  'cart.setOrderDiscount': 'discounted the sale',
  'cart.applyCoupon': 'applied a coupon to the sale',
  'cart.removeCoupon': 'removed the coupon from the sale',
  'cart.attachCustomer': 'named the customer of the sale',
  'cart.detachCustomer': 'removed the customer from the sale',
  'cart.setNote': 'wrote a note on the sale',
  'cart.park': 'parked the sale',
  'cart.resume': 'resumed a parked sale',
  'cart.discard': 'cleared the sale',
  'coupons.create': 'created a coupon',
  'coupons.update': 'changed a coupon',
  'coupons.delete': 'deleted a coupon',
  'customers.create': 'added a customer',
  'customers.update': 'changed a customer',
  'sync.configure': 'changed the sync settings',
  'staff.unlock': 'unlocked the till'
}

/**
 * An entry in words, from what it holds: "Ana returned 2 × Oat milk on order A-1042, approved by
 * Ben". Built from the hashed data alone, so the words never claim more than the chain proves.
 */
export function entryWords(command: string, body: string, at: number): string {
  const data = JSON.parse(body) as EntryData
  const who = data.actor?.name ?? 'Tillpoint'
  if (data.refused) return `${data.actor?.name ?? 'Someone at a locked till'} was refused ${command}: ${data.refused.message}`
  const approved = data.approver ? `, approved by ${data.approver.name}` : ''
  const verb = VERBS[command] ?? `ran ${command}`
  return `${who} ${verb}${object(command, data, at)}${approved}`
}

function object(command: string, data: EntryData, at: number): string {
  const order = data.orders?.[0]
  const more = (data.orders?.length ?? 0) > 1 ? ` and ${data.orders!.length - 1} more orders` : ''
  if (command === 'journal.genesis') return data.summary ? ` with ${data.summary.orders ?? 0} orders already on the till` : ''
  if (command === 'orders.return' && order) {
    const lines = new Map(order.lines.map((line) => [line.id, line.name]))
    const now = order.returns.filter((entry) => entry.at === at)
    const items = now.map((entry) => `${entry.quantity} × ${lines.get(entry.lineId) ?? 'an item'}`).join(', ')
    return ` ${items || 'items'} on order ${order.number}`
  }
  if (command === 'cart.checkout' && order) return ` order ${order.number}: ${order.itemCount} items, ${amount(order.total, order.currency)}`
  if (command === 'orders.pay' && order) {
    const paid = order.payments.filter((payment) => payment.at === at && payment.kind === 'payment').reduce((sum, payment) => sum + payment.amount, 0)
    return ` ${amount(paid, order.currency)} on order ${order.number}`
  }
  if (command === 'orders.setStatus' && order) return ` order ${order.number} to ${order.status}`
  if (order) return ` order ${order.number}${more}`
  if (command === 'stock.adjust' && data.stock?.length) return ` ${data.stock.length} variant${data.stock.length === 1 ? '' : 's'}`
  if (data.prices?.length) return ` ${data.prices[0]!.name}${data.prices.length > 1 ? ` and ${data.prices.length - 1} more variants` : ''}`
  return ''
}

export function amount(minor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency })
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2
    const text = String(Math.abs(minor)).padStart(digits + 1, '0')
    const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`
    // A decimal string, so Intl formats the exact amount: no float between minor units and the text.
    return format.format(`${minor < 0 ? '-' : ''}${decimal}` as Intl.StringNumericLiteral)
  } catch {
    return `${minor} ${currency}`
  }
}
