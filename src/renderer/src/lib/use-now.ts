import { useEffect, useState } from 'react'

/** The current time, read again every `everyMs`, for words like "retrying in 40 s" that age. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
