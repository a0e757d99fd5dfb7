import { useEffect, type RefObject } from 'react'

/** After a refusal, puts the cursor in the first field marked invalid, so fixing it is one keystroke away. */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, trigger: unknown): void {
  useEffect(() => {
    if (!trigger) return
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [container, trigger])
}
