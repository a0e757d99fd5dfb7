import { useEffect } from 'react'
import { useSyncStatusStore } from '../../stores/sync-status-store'
import { useTranslation } from 'react-i18next'

/** With sync on, what head office's receiver found when it checked this till's journal as it arrived. */
export function HeadOfficeCheck() {
  const { t, i18n } = useTranslation()
  const status = useSyncStatusStore((store) => store.status)
  const load = useSyncStatusStore((store) => store.load)
  useEffect(() => void load(), [load])
  if (!status?.enabled) return null
  const { journal } = status
  const waiting = journal.waiting > 0 ? t('journal.stillToSend', { count: journal.waiting, entries: journal.waiting.toLocaleString(i18n.language) }) : null
  const line = !journal.receiverTakesJournal ? (
    <p className="muted" data-testid="journal-head-office">
      {t('journal.receiverTooOld')}
    </p>
  ) : journal.receiverState === 'broken' && journal.receiverBreak ? (
    <p className="journal-verify__broken" role="alert" data-testid="journal-head-office">
      <strong>{t('journal.headOfficeBreak', { seq: journal.receiverBreak.seq })}</strong> {journal.receiverBreak.reason}
    </p>
  ) : journal.receiverState === 'intact' ? (
    <p className="journal-verify__ok" data-testid="journal-head-office">
      <strong>{t('journal.headOfficeChecked')}</strong> {t('journal.intactThrough', { seq: journal.heldThrough.toLocaleString(i18n.language) })}
      {waiting ? ` ${waiting}` : null}
    </p>
  ) : (
    <p className="muted" data-testid="journal-head-office">
      {t('journal.headOfficeNotYet')}
      {waiting ? ` ${waiting}` : null}
    </p>
  )
  return <section className="card journal-verify">{line}</section>
}
