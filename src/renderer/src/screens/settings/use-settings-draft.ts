import { useEffect, useState } from 'react'
import { sameData as same } from '../../lib/same-data'

export interface SettingsDraft<F> {
  form: F
  set<K extends keyof F>(key: K): (value: F[K]) => void
  dirty: boolean
  /** Back to what is saved. */
  discard(): void
  /** What the main process answered after a save: saved, and the form shows it. */
  accept(saved: F): void
}

/**
 * A settings form's edits against what is saved. Settings saved elsewhere (another window) show
 * here at once, unless this form has edits of its own.
 */
export function useSettingsDraft<F>(saved: F): SettingsDraft<F> {
  const [form, setForm] = useState(saved)
  const [savedForm, setSavedForm] = useState(saved)
  const savedText = JSON.stringify(saved)

  useEffect(() => {
    setSavedForm(saved)
    setForm((current) => (same(current, savedForm) ? saved : current))
    // Keyed by the saved settings' content, not their identity: every read answers a new object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedText])

  return {
    form,
    set: (key) => (value) => setForm((current) => ({ ...current, [key]: value })),
    dirty: !same(form, savedForm),
    discard: () => setForm(savedForm),
    accept: (next) => {
      setSavedForm(next)
      setForm(next)
    }
  }
}
