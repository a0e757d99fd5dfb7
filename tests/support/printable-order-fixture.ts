import { money } from '../../src/shared/money'
import type { PrintableOrder } from '../../src/shared/print'
import { TEST_EPOCH } from './test-till'

/** An order whose names need accents, Cyrillic and CJK, paid partly in cash with change. */
export function printableOrderFixture(overrides: Partial<PrintableOrder> = {}): PrintableOrder {
  return {
    shop: { name: 'Café Zoë', address: '12 Rue de la Paix\n75002 Paris', phone: '+33 1 23 45 67 89', taxNumber: 'FR 40 303 265 045' },
    receiptFooter: '',
    orderId: 42,
    orderNumber: 'A-0042',
    kind: 'delivery',
    deliveryAddress: 'ул. Тверская 7, Москва',
    customerName: 'Renée Dupré',
    servedBy: 'Cara',
    createdAt: TEST_EPOCH,
    lines: [
      {
        name: 'Crème brûlée',
        variantLabel: 'Large',
        sku: 'CB-L',
        quantity: 2,
        unitPrice: money(450),
        lineDiscount: money(50),
        promotion: null,
        lineTotal: money(850)
      },
      { name: 'Пирожки', variantLabel: '', sku: 'PIR-1', quantity: 3, unitPrice: money(199), lineDiscount: money(0), promotion: null, lineTotal: money(597) },
      {
        name: '東京 抹茶ラテ',
        variantLabel: 'Oat / Hot',
        sku: 'MATCHA-OH',
        quantity: 1,
        unitPrice: money(520),
        lineDiscount: money(0),
        promotion: null,
        lineTotal: money(520)
      }
    ],
    notes: 'Ring twice — <b>not</b> "the bell"',
    subtotal: money(1967),
    discounts: money(100),
    tax: money(252),
    taxIncluded: true,
    total: money(1867),
    taxRates: [
      { rateBp: 2000, net: money(1122), tax: money(225), gross: money(1347) },
      { rateBp: 550, net: money(493), tax: money(27), gross: money(520) }
    ],
    payments: [
      { method: 'card', refund: false, amount: money(867), tendered: null, change: null, rounding: money(0), cardLastFour: '4242' },
      { method: 'cash', refund: false, amount: money(1000), tendered: money(2000), change: money(1000), rounding: money(0), cardLastFour: null }
    ],
    currency: 'EUR',
    currencyDigits: 2,
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    language: 'en',
    ...overrides
  }
}
