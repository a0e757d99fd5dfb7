import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestoredAtStart } from '../../../shared/backups'
import { useDateLocale } from '../i18n/use-locale'
import { useBackupsStore } from '../stores/backups-store'
import { useShopSettings } from '../stores/settings-store'

const SEEN_KEY = 'tillpoint.restoredNoticeSeen'

/** OK is remembered per restore, so a reloaded window does not ask again and the next restore (or its undo) does. */
const restoreId = (restore: RestoredAtStart): string => `${restore.restoredAt}:${restore.kind}:${restore.file}`

function seenRestore(): string | null {
  try {
    return window.localStorage.getItem(SEEN_KEY)
  } catch {
    return null
  }
}

function rememberSeen(restore: RestoredAtStart): void {
  try {
    window.localStorage.setItem(SEEN_KEY, restoreId(restore))
  } catch {
    // no storage: OK still hides it until the window reloads
  }
}

/** Above every screen after a start on a restored backup (or on the set-aside database after an undo), until OK is pressed. */
export function RestoredNotice() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const restore = useBackupsStore((state) => state.status?.restoredAtStart ?? null)
  const load = useBackupsStore((state) => state.load)
  const [seen, setSeen] = useState(seenRestore)
  useEffect(() => {
    void load()
  }, [load])
  if (!restore || seen === restoreId(restore)) return null
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
  const ok = () => {
    rememberSeen(restore)
    setSeen(restoreId(restore))
  }
  return (
    <div className="notice notice--info restored-notice" role="status" data-testid="restored-notice" data-kind={restore.kind}>
      <p className="notice__sentence">
        <strong>{restore.kind === 'set-aside' ? t('settings.restoredUndoneTitle') : t('settings.restoredTitle')}</strong>{' '}
        <span data-testid="restored-notice-sentence">{sentence}</span>
      </p>
      <button type="button" className="button button--primary button--small" onClick={ok} data-testid="restored-notice-ok">
        <span>{t('settings.restoredOk')}</span>
      </button>
    </div>
  )
}
