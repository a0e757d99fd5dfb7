import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Kbd } from '../../components/Kbd'
import { useHotkey } from '../../lib/hotkeys'
import { quantityCommand, useSellStore } from './sell-store'
import { scanUnderWay } from './use-barcode-scanner'
import { useTranslation } from 'react-i18next'

/** Typing pauses this long before the grid searches, so each key costs the page next to nothing. */
export const SEARCH_PAUSE_MS = 150

interface SearchBoxProps {
  /** The text to search for, once typing pauses (or at once on Enter). */
  onQuery(query: string): void
  /** Enter: sell the best match for this text. */
  onSubmit(text: string): void
}

/**
 * The search box is also the quantity key: "2*" sets the next item's quantity. It keeps its own
 * text so that a keystroke re-renders nothing but itself (a scanner's keys arrive ms apart).
 */
export function SearchBox({ onQuery, onSubmit }: SearchBoxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const pendingQuantity = useSellStore((state) => state.pendingQuantity)
  const setPendingQuantity = useSellStore((state) => state.setPendingQuantity)
  useHotkey('F2', () => input.current?.focus())

  useEffect(() => {
    // A scan's first key lands here; searching for it mid-scan would only slow the scan down.
    const search = () => {
      if (scanUnderWay()) timer = setTimeout(search, SEARCH_PAUSE_MS)
      else onQuery(text.trim())
    }
    let timer = setTimeout(search, SEARCH_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, onQuery])

  const onText = (value: string) => {
    const quantity = quantityCommand(value)
    if (quantity !== null) {
      setPendingQuantity(quantity)
      setText('')
      return
    }
    setText(value)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      if (text.trim()) {
        onSubmit(text.trim())
        setText('')
        onQuery('')
      }
    } else if (event.key === 'Escape' && (text || pendingQuantity !== null)) {
      event.preventDefault()
      setText('')
      setPendingQuantity(null)
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      document.querySelector<HTMLElement>('.sell-grid .sell-tile')?.focus()
    }
  }

  return (
    <div className="sell-search">
      <label className="sell-search__box">
        <span className="visually-hidden">{t('sell.searchLabel')}</span>
        <input
          ref={input}
          className="input sell-search__input"
          type="search"
          placeholder={t('sell.searchPlaceholder')}
          value={text}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="F2"
          data-testid="sell-search"
          autoComplete="off"
          autoFocus
        />
        <Kbd hotkey="F2" />
      </label>
      {pendingQuantity !== null ? (
        <button
          type="button"
          className="quantity-chip"
          onClick={() => setPendingQuantity(null)}
          data-testid="sell-pending-quantity"
          title={t('sell.cancelQuantity')}
        >
          × {pendingQuantity} <span className="quantity-chip__hint">{t('sell.nextItem')}</span>
          <Kbd hotkey="Escape" />
        </button>
      ) : null}
    </div>
  )
}
