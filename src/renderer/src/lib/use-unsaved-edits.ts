import { useEffect } from 'react'
import { useNavStore } from '../stores/nav-store'

/** While `dirty`, leaving the screen (or its tab) asks first; a screen that closes says it is clean again. */
export function useUnsavedEdits(dirty: boolean): void {
  const setUnsaved = useNavStore((state) => state.setUnsaved)
  useEffect(() => {
    setUnsaved(dirty)
    return () => setUnsaved(false)
  }, [dirty, setUnsaved])
}
