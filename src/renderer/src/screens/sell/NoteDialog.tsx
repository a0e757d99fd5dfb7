import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useCartStore } from './cart-store'
import { useAction } from '../../lib/use-action'

export const MAX_NOTE_LENGTH = 1000

/** A note that travels with the sale onto the order and its slip: "gift wrap", "ring the bell". */
export function NoteDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
  const change = useCartStore((state) => state.change)
  const [note, setNote] = useState(cart.note)
  const id = useId()

  const { busy, error, run: save } = useAction(() => change((cartId) => window.api.cart.setNote({ cartId, note }), { quiet: true }), onClose)

  return (
    <Dialog
      title={t('sell.noteDialog.title')}
      onClose={onClose}
      onSubmit={() => void save()}
      testId="note-dialog"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="note-dialog-save">
          {t('sell.noteDialog.save')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="note-dialog-error" />
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('sell.noteDialog.label')}
        </label>
        <textarea
          id={id}
          className="textarea"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={MAX_NOTE_LENGTH}
          data-testid="note-dialog-text"
          data-autofocus
        />
      </div>
    </Dialog>
  )
}
