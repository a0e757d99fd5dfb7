import { useEffect } from 'react'
import { useBackupsStore } from '../stores/backups-store'

const TITLES = { STORAGE_FULL: 'The disk is full', STORAGE_READ_ONLY: 'The database cannot be written', DATABASE_DAMAGED: 'The database is damaged' } as const

/** Across the top of every screen while the disk is full, the database read-only or damaged: it goes once the cause is gone. */
export function StorageBanner() {
  const problem = useBackupsStore((state) => state.storage)
  const load = useBackupsStore((state) => state.load)
  useEffect(() => {
    void load()
  }, [load])
  if (!problem) return null
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner" data-code={problem.code}>
      <strong>{TITLES[problem.code]}.</strong> {problem.message}
    </div>
  )
}
