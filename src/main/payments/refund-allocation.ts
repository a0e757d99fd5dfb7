import { defaultRefundSplit, heldByMethod, refundSplitMessage, refundSplitProblem, type RefundPart } from '../../shared/refunds'
import { cashRoundingOf, type CashRounding } from '../../shared/cash-rounding'
import type { PaymentMethod } from '../../shared/payments'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { insertRefund } from './record-payments'

interface PaidRow {
  id: number
  kind: 'payment' | 'refund'
  method: PaymentMethod
  amount: number
  card_reference: string
  card_last_four: string | null
}

/** Every payment and refund of an order, oldest first. */
export async function orderMoneyRows(scope: CommandScope, orderId: number): Promise<PaidRow[]> {
  return await scope.trx
    .selectFrom('payments')
    .select(['id', 'kind', 'method', 'amount', 'card_reference', 'card_last_four'])
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute()
}

/**
 * Pays `amount` back across the methods that paid, by the chosen split or else the default (card
 * first, cash for the rest), the one allocation returns and cancellations share. A split that adds
 * up to another amount, or gives a method more than it paid and kept, is refused with
 * REFUND_SPLIT_INVALID. Within a method, the refund reverses that method's payments from the newest
 * back, each refund row naming the card it goes back to. Cash given back is rounded to the smallest
 * coin by the rule cash taken was (so a rounded cash sale returned in full gives back the very cash it
 * took), and the order's rounding_total loses that rounding. Gives back the refund rows' ids.
 */
export async function refundAcrossMethods(
  scope: CommandScope,
  order: { id: number; currency: string },
  amount: number,
  chosen: readonly RefundPart[] | undefined,
  note: string,
  businessDay: string,
  cashRounding: CashRounding
): Promise<number[]> {
  const rows = await orderMoneyRows(scope, order.id)
  const held = heldByMethod(rows)
  const split = chosen ? chosen.filter((part) => part.amount > 0) : defaultRefundSplit(amount, held)
  const problem = refundSplitProblem(split, amount, held)
  if (problem) {
    throw new AppError('REFUND_SPLIT_INVALID', refundSplitMessage(problem), {
      details: { refund: amount, split: problem.kind === 'sum' ? problem.sum : null, heldCash: held.cash, heldCard: held.card, heldOther: held.other }
    })
  }
  const ids: number[] = []
  let rounding = 0
  for (const part of split) {
    for (const piece of piecesOf(rows, part)) {
      const pieceRounding = piece.method === 'cash' ? cashRoundingOf(piece.amount, cashRounding) : 0
      rounding += pieceRounding
      ids.push(insertRefund(scope, { orderId: order.id, currency: order.currency, ...piece, rounding: pieceRounding, note, businessDay }))
    }
  }
  if (rounding !== 0) {
    await scope.trx
      .updateTable('orders')
      .set((eb) => ({ rounding_total: eb('rounding_total', '-', rounding) }))
      .where('id', '=', order.id)
      .execute()
  }
  return ids
}

/** One method's share split over its payments, newest first, after what earlier refunds took back. */
function piecesOf(rows: readonly PaidRow[], part: RefundPart) {
  const payments = rows.filter((row) => row.kind === 'payment' && row.method === part.method).reverse()
  let alreadyBack = rows.filter((row) => row.kind === 'refund' && row.method === part.method).reduce((sum, row) => sum + row.amount, 0)
  let left = part.amount
  const pieces: Array<{ amount: number; method: PaymentMethod; cardReference: string; cardLastFour: string | null }> = []
  for (const payment of payments) {
    const consumed = Math.min(alreadyBack, payment.amount)
    alreadyBack -= consumed
    const piece = Math.min(left, payment.amount - consumed)
    if (piece <= 0) continue
    pieces.push({ amount: piece, method: part.method, cardReference: payment.card_reference, cardLastFour: payment.card_last_four })
    left -= piece
    if (left === 0) break
  }
  return pieces
}
