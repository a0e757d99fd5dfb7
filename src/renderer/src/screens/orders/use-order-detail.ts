import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { OrderDetail } from '../../../../shared/orders'
import { call } from '../../lib/call'

export interface OrderDetailQuery {
  order: OrderDetail | null
  error: AppErrorData | null
  /** Shows an answer from a command on this order at once (it is the order as it now is). */
  show(order: OrderDetail): void
}

/** One order, read again whenever an order.changed names it (another window, the expiry sweep). */
export function useOrderDetail(orderId: number): OrderDetailQuery {
  const [state, setState] = useState<{ order: OrderDetail | null; error: AppErrorData | null }>({ order: null, error: null })
  const latest = useRef(0)

  const load = useCallback(async () => {
    const request = ++latest.current
    const result = await call(() => window.api.orders.get({ orderId }))
    if (request !== latest.current) return
    setState(result.ok ? { order: result.data, error: null } : (current) => ({ ...current, error: result.error }))
  }, [orderId])

  useEffect(() => {
    setState({ order: null, error: null })
    void load()
    return window.api.on('order.changed', (change) => {
      if (change.orderId === orderId) void load()
    })
  }, [orderId, load])

  const show = useCallback((order: OrderDetail) => {
    latest.current += 1
    setState({ order, error: null })
  }, [])

  return { ...state, show }
}
