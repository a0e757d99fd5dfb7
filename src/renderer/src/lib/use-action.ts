import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { AppErrorData, Result } from '../../../shared/errors'

export interface Action<Args extends unknown[], T> {
  /** True from the call until its answer: the button shows it is working and a second press waits. */
  busy: boolean
  /** The last refusal, cleared when the action is run again. */
  error: AppErrorData | null
  /** Runs the request once at a time; a press while it runs answers null and sends nothing. */
  run(...args: Args): Promise<Result<T> | null>
  setError(error: AppErrorData | null): void
}

/**
 * The busy / call / error pattern of every dialog in one place: `run` marks the action busy, sends
 * the request, keeps its refusal as `error` and hands a success to `onDone`. The request and
 * `onDone` are read at call time, so they may close over the latest state.
 */
export function useAction<Args extends unknown[], T>(request: (...args: Args) => Promise<Result<T>>, onDone?: (data: T) => void): Action<Args, T> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const running = useRef(false)
  const latest = useRef({ request, onDone })
  useLayoutEffect(() => {
    latest.current = { request, onDone }
  })

  const run = useCallback(async (...args: Args): Promise<Result<T> | null> => {
    if (running.current) return null
    running.current = true
    setBusy(true)
    setError(null)
    try {
      const result = await latest.current.request(...args)
      if (result.ok) latest.current.onDone?.(result.data)
      else setError(result.error)
      return result
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  return { busy, error, run, setError }
}
