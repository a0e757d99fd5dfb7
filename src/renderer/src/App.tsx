import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './components/Button'
import { ErrorNotice } from './components/ErrorNotice'
import { Shell } from './components/Shell'
import { FirstRunScreen } from './screens/first-run/FirstRunScreen'
import { LockScreen } from './screens/lock/LockScreen'
import { useSessionStore } from './stores/session-store'
import { useSettingsStore } from './stores/settings-store'
import { useTillSettingsStore } from './stores/till-settings-store'

/**
 * Until the shop is set up the till shows the first-run screen; a locked window shows the lock
 * screen; then the shell with its screens. The cart lives in main, so it waits through a lock.
 */
export function App() {
  const { t } = useTranslation()
  const loadTill = useTillSettingsStore((state) => state.load)
  const settings = useSettingsStore((state) => state.settings)
  const settingsError = useSettingsStore((state) => state.loadError)
  const load = useSettingsStore((state) => state.load)
  const session = useSessionStore((state) => state.session)
  const sessionError = useSessionStore((state) => state.loadError)
  const loadSession = useSessionStore((state) => state.load)
  const loadError = settingsError ?? sessionError

  useEffect(() => {
    void load()
    void loadSession()
    void loadTill()
  }, [load, loadSession, loadTill])

  if (loadError && (!settings || !session)) {
    return (
      <div className="splash">
        <div className="stack" style={{ maxWidth: 560 }}>
          <ErrorNotice error={loadError} />
          <Button variant="primary" onClick={() => void Promise.all([load(), loadSession()])} data-testid="retry-load">
            {t('app.tryAgain')}
          </Button>
        </div>
      </div>
    )
  }
  if (!settings || !session)
    return (
      <div className="splash" data-testid="opening">
        {t('app.opening')}
      </div>
    )
  if (!settings.setupComplete && session.pinless) return <FirstRunScreen />
  if (session.locked) return <LockScreen />
  return <Shell />
}
