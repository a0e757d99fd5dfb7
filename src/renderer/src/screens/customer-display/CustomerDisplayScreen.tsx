import { Fragment, useEffect, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  CustomerDisplayLine,
  CustomerDisplayOrderPayment,
  CustomerDisplayPaid,
  CustomerDisplayPayment,
  CustomerDisplayPaying,
  CustomerDisplaySale,
  CustomerDisplayShop
} from '../../../../shared/customer-display'
import { sumMoney } from '../../../../shared/money'
import { formatMoney } from '../../lib/money'
import { formatQuantity } from '../../lib/weight'
import { useCustomerDisplayStore } from './customer-display-store'
import './customer-display.css'

/**
 * The customer's screen (`#/customer-display`, a second window): the welcome with the shop's name,
 * the sale as it is rung up, then the paid total and the change, in type read from a step away.
 */
export function CustomerDisplayScreen() {
  const state = useCustomerDisplayStore((store) => store.state)
  const follow = useCustomerDisplayStore((store) => store.follow)
  useEffect(() => follow(), [follow])

  if (!state) return <main className="customer-display" data-testid="customer-display" aria-busy="true" />
  return (
    <main className="customer-display" data-testid="customer-display" data-screen={state.screen}>
      {state.screen === 'idle' && <Welcome shop={state} />}
      {state.screen === 'sale' && <Sale sale={state} />}
      {state.screen === 'seeCashier' && <SeeCashier shop={state} />}
      {state.screen === 'orderPayment' && <OrderPayment order={state} />}
      {state.screen === 'paid' && <Paid paid={state} />}
    </main>
  )
}

function money(amount: number, shop: CustomerDisplayShop): string {
  return formatMoney(amount, shop)
}

function Welcome({ shop }: { shop: CustomerDisplayShop }) {
  const { t } = useTranslation()
  return (
    <div className="cd-welcome">
      <p className="cd-welcome-word">{t('counter.display.welcome')}</p>
      <h1 className="cd-shop-name" data-testid="customer-display-shop">
        {shop.shopName}
      </h1>
    </div>
  )
}

/** A sale the till cannot price yet (past its amount limit): no figures that would read 0.00. */
function SeeCashier({ shop }: { shop: CustomerDisplayShop }) {
  const { t } = useTranslation()
  return (
    <div className="cd-welcome" data-testid="customer-display-see-cashier">
      <p className="cd-shop-name">{t('counter.display.seeCashier')}</p>
      <p className="cd-welcome-word">{t('counter.display.seeCashierHint')}</p>
      <p className="cd-paid-shop">{shop.shopName}</p>
    </div>
  )
}

/** Past this many payments the earliest are summed in one row: the total, paid and change stay in the window at any size. */
const LISTED_PAYMENTS = 3

/**
 * Each payment by its method ("Paid by card"), and for cash what was handed over. A long split
 * shows its latest payments under one "N earlier payments" row, then what was paid in all.
 */
function PaymentRows({ payments, shop }: { payments: readonly CustomerDisplayPayment[]; shop: CustomerDisplayShop }) {
  const { t } = useTranslation()
  const earlier = payments.length > LISTED_PAYMENTS ? payments.slice(0, payments.length - LISTED_PAYMENTS + 1) : []
  const listed = payments.slice(earlier.length)
  return (
    <>
      {earlier.length > 0 && (
        <div className="cd-total-row cd-earlier" data-testid="customer-display-earlier">
          <dt>{t('counter.display.earlierPayments', { count: earlier.length })}</dt>
          <dd className="money">{money(sumMoney(earlier.map((payment) => payment.amount)), shop)}</dd>
        </div>
      )}
      {listed.map((payment, index) => (
        <Fragment key={earlier.length + index}>
          <div className="cd-total-row" data-testid="customer-display-payment">
            <dt>{t(`counter.display.paidBy.${payment.method}`)}</dt>
            <dd className="money">{money(payment.amount, shop)}</dd>
          </div>
          {payment.tendered !== null && (
            <div className="cd-total-row cd-tendered" data-testid="customer-display-tendered">
              <dt>{t('counter.display.method.cash')}</dt>
              <dd className="money">{money(payment.tendered, shop)}</dd>
            </div>
          )}
        </Fragment>
      ))}
      {payments.length > 1 && (
        <div className="cd-total-row cd-paid-in-all">
          <dt>{t('counter.display.paidInAll')}</dt>
          <dd className="money" data-testid="customer-display-paid-in-all">
            {money(sumMoney(payments.map((payment) => payment.amount)), shop)}
          </dd>
        </div>
      )}
    </>
  )
}

/** The payment as the cashier types it: by method, handed over, and what is left or comes back. */
function Paying({ paying, shop }: { paying: CustomerDisplayPaying; shop: CustomerDisplayShop }) {
  const { t } = useTranslation()
  return (
    <dl className="cd-paying" data-testid="customer-display-paying" aria-label={t('counter.display.paying')}>
      <PaymentRows payments={paying.payments} shop={shop} />
      {paying.remaining > 0 && (
        <div className="cd-total-row cd-change">
          <dt>{t('counter.display.stillToPay')}</dt>
          <dd className="money" data-testid="customer-display-remaining">
            {money(paying.remaining, shop)}
          </dd>
        </div>
      )}
      {paying.change > 0 && (
        <div className="cd-total-row cd-change">
          <dt>{t('counter.display.change')}</dt>
          <dd className="money" data-testid="customer-display-paying-change">
            {money(paying.change, shop)}
          </dd>
        </div>
      )}
    </dl>
  )
}

/** The lines as the customer reads them; `latestLineId`'s line is marked and kept in sight. */
function Lines({ lines, latestLineId, shop }: { lines: readonly CustomerDisplayLine[]; latestLineId: number | null; shop: CustomerDisplayShop }) {
  const { t } = useTranslation()
  const latest = useRef<HTMLLIElement>(null)
  // The customer watches the line just scanned: keep it in sight on a long sale.
  useLayoutEffect(() => {
    latest.current?.scrollIntoView({ block: 'nearest' })
  }, [latestLineId, lines.length])
  return (
    <ol className="cd-lines" data-testid="customer-display-lines" aria-label={t('counter.display.lines')}>
      {lines.map((line) => {
        const isLatest = line.id === latestLineId
        return (
          <li key={line.id} ref={isLatest ? latest : undefined} className={isLatest ? 'cd-line cd-line-latest' : 'cd-line'} data-testid="customer-display-line">
            <span className="cd-line-name">
              {line.name}
              {line.variantLabel && <span className="cd-line-variant"> {line.variantLabel}</span>}
            </span>
            <span className="cd-line-quantity">
              {t('counter.display.quantityTimesPrice', {
                quantity: formatQuantity(line.quantity, line.soldBy, shop.locale),
                price: money(line.unitPrice, shop)
              })}
            </span>
            <span className="cd-line-amount money" data-testid="customer-display-line-amount">
              {money(line.amount, shop)}
            </span>
            {line.discount > 0 && (
              <span className="cd-line-discount">
                {line.promotionName && `${line.promotionName} · `}
                {t('counter.display.lineDiscount', { amount: money(line.discount, shop) })}
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}

function Sale({ sale }: { sale: CustomerDisplaySale }) {
  const { t } = useTranslation()
  return (
    <div className="cd-sale">
      <header className="cd-sale-header">
        <h1 className="cd-sale-shop">{sale.shopName}</h1>
        <span data-testid="customer-display-count">{t('counter.display.items', { count: sale.itemCount })}</span>
      </header>
      <Lines lines={sale.lines} latestLineId={sale.latestLineId} shop={sale} />
      <footer className="cd-totals">
        {sale.discountTotal > 0 && (
          <p className="cd-total-row">
            <span>{t('counter.display.discount')}</span>
            <span className="money">{money(-sale.discountTotal, sale)}</span>
          </p>
        )}
        <p className="cd-total-row" data-testid="customer-display-tax">
          <span>{sale.taxMode === 'exclusive' ? t('counter.display.tax') : t('counter.display.taxIncluded')}</span>
          <span className="money">{money(sale.taxTotal, sale)}</span>
        </p>
        <p className="cd-total-row cd-grand-total">
          <span>{t('counter.display.total')}</span>
          <span className="money" data-testid="customer-display-total">
            {money(sale.total, sale)}
          </span>
        </p>
        {sale.paying && <Paying paying={sale.paying} shop={sale} />}
      </footer>
    </div>
  )
}

/** An order paid outside Pay (a pickup on collection): its lines, what was paid before, what is due, and the payment as typed. */
function OrderPayment({ order }: { order: CustomerDisplayOrderPayment }) {
  const { t } = useTranslation()
  return (
    <div className="cd-sale" data-testid="customer-display-order">
      <header className="cd-sale-header">
        <h1 className="cd-sale-shop">{order.shopName}</h1>
        <span data-testid="customer-display-order-number">{t('counter.display.order', { number: order.orderNumber })}</span>
      </header>
      <Lines lines={order.lines} latestLineId={null} shop={order} />
      <footer className="cd-totals">
        {order.paidBefore > 0 && (
          <p className="cd-total-row">
            <span>{t('counter.display.total')}</span>
            <span className="money">{money(order.total, order)}</span>
          </p>
        )}
        {order.paidBefore > 0 && (
          <p className="cd-total-row">
            <span>{t('counter.display.paidBefore')}</span>
            <span className="money" data-testid="customer-display-paid-before">
              {money(order.paidBefore, order)}
            </span>
          </p>
        )}
        <p className="cd-total-row cd-grand-total">
          <span>{order.paidBefore > 0 ? t('counter.display.stillToPay') : t('counter.display.total')}</span>
          <span className="money" data-testid="customer-display-total">
            {money(order.due, order)}
          </span>
        </p>
        {order.paying && <Paying paying={order.paying} shop={order} />}
      </footer>
    </div>
  )
}

function Paid({ paid }: { paid: CustomerDisplayPaid }) {
  const { t } = useTranslation()
  return (
    <div className="cd-paid">
      <h1 className="cd-thanks">{t('counter.display.thanks')}</h1>
      <dl className="cd-paid-figures">
        <div className="cd-total-row">
          <dt>{t('counter.display.total')}</dt>
          <dd className="money" data-testid="customer-display-paid-total">
            {money(paid.total, paid)}
          </dd>
        </div>
        {paid.paidBefore > 0 && (
          <div className="cd-total-row">
            <dt>{t('counter.display.paidBefore')}</dt>
            <dd className="money" data-testid="customer-display-paid-before">
              {money(paid.paidBefore, paid)}
            </dd>
          </div>
        )}
        <PaymentRows payments={paid.payments} shop={paid} />
        {paid.remaining > 0 && (
          <div className="cd-total-row cd-change">
            <dt>{t('counter.display.stillToPay')}</dt>
            <dd className="money" data-testid="customer-display-remaining">
              {money(paid.remaining, paid)}
            </dd>
          </div>
        )}
        {paid.change > 0 && (
          <div className="cd-total-row cd-change">
            <dt>{t('counter.display.change')}</dt>
            <dd className="money" data-testid="customer-display-change">
              {money(paid.change, paid)}
            </dd>
          </div>
        )}
      </dl>
      <p className="cd-paid-shop">{paid.shopName}</p>
    </div>
  )
}
