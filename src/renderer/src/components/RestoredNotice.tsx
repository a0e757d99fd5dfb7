import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestoredAtStart } from '../../../shared/backups'
import { useDateLocale } from '../i18n/use-locale'
import { call } from '../lib/call'
import { useShopSettings } from '../stores/settings-store'

/**
 * Above every screen, the lock and first-run screens too, after a start on a restored backup (or on
 * the set-aside database after an undo), until someone presses OK: main remembers the OK in the
 * database, so no window, reload or new window names that restore again, and the next one does.
 */
export function RestoredNotice() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const [restore, setRestore] = useState<RestoredAtStart | null>(null)
  useEffect(() => {
    let live = true
    void call(() => window.api.backups.restoredNotice()).then((result) => {
      if (live && result.ok) setRestore(result.data)
    })
    // an OK in another window hides it here too
    const stop = window.api.on('backups.changed', ({ status }) => setRestore(status.restoredAtStart))
    return () => {
      live = false
      stop()
    }
  }, [])
  if (!restore) return null
  const when =
    restore.createdAt === null
      ? null
      : new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: settings.timeZone }).format(restore.createdAt)
  // isolated, so a Latin file name keeps its order inside an Arabic sentence
  const file = `\u2068${restore.file}\u2069`
  const sentence =
    restore.kind === 'set-aside'
      ? t('settings.restoredSetAside', { file, when: when ?? '' })
      : when === null
        ? t('settings.restoredFile', { file })
        : t('settings.restoredBackup', { file, when })
  const ok = async () => {
    const result = await call(() => window.api.backups.dismissRestoredNotice({ kind: restore.kind, file: restore.file, restoredAt: restore.restoredAt }))
    if (result.ok) setRestore(result.data)
  }
  return (
    <div className="notice notice--info restored-notice" role="status" data-testid="restored-notice" data-kind={restore.kind}>
      <p className="notice__sentence">
        <strong>{restore.kind === 'set-aside' ? t('settings.restoredUndoneTitle') : t('settings.restoredTitle')}</strong>{' '}
        <span data-testid="restored-notice-sentence">{sentence}</span>
      </p>
      <button type="button" className="button button--primary button--small" onClick={() => void ok()} data-testid="restored-notice-ok">
        <span>{t('settings.restoredOk')}</span>
      </button>
    </div>
  )
}
