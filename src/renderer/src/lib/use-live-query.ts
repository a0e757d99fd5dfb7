import { useCallback, useEffect, useRef, useState } from 'react'
import type { EventName } from '../../../shared/contract'
import type { AppErrorData, Result } from '../../../shared/errors'
import { call } from './call'

export interface LiveQuery<T> {
  data: T | null
  error: AppErrorData | null
  loading: boolean
  reload(): void
}

/**
 * Data a screen shows, read again whenever `deps` change or one of `events` arrives from the main
 * process: a change made on another screen or in another window shows up without a reload. An
 * answer that arrives after a newer request was sent is dropped.
 */
export function useLiveQuery<T>(load: () => Promise<Result<T>>, deps: readonly unknown[], events: readonly EventName[]): LiveQuery<T> {
  const [state, setState] = useState<{ data: T | null; error: AppErrorData | null; loading: boolean }>({ data: null, error: null, loading: true })
  const latest = useRef(0)
  const loader = useRef(load)
  loader.current = load

  const reload = useCallback(() => {
    const request = ++latest.current
    setState((current) => ({ ...current, loading: true }))
    void call(() => loader.current()).then((result) => {
      if (request !== latest.current) return
      setState(result.ok ? { data: result.data, error: null, loading: false } : (current) => ({ ...current, error: result.error, loading: false }))
    })
  }, [])

  // The caller's deps decide when to read again; reload itself never changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(reload, deps)

  const eventKey = events.join(',')
  useEffect(() => {
    const names = eventKey.split(',').filter(Boolean) as EventName[]
    const stops = names.map((name) => window.api.on(name, () => reload()))
    return () => stops.forEach((stop) => stop())
  }, [eventKey, reload])

  return { ...state, reload }
}
