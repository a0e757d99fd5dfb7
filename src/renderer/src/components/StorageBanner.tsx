import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useBackupsStore } from '../stores/backups-store'

const KEY = { STORAGE_FULL: 'full', STORAGE_READ_ONLY: 'readOnly', DATABASE_DAMAGED: 'damaged' } as const

/** Across the top of every screen while the disk is full, the database read-only or damaged: it goes once the cause is gone. */
export function StorageBanner() {
  const { t } = useTranslation()
  const problem = useBackupsStore((state) => state.storage)
  const load = useBackupsStore((state) => state.load)
  useEffect(() => {
    void load()
  }, [load])
  if (!problem) return null
  const key = KEY[problem.code]
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner" data-code={problem.code}>
      <strong>{t(`storage.${key}.title`)}</strong> {t(`storage.${key}.todo`)}
    </div>
  )
}
