import { useEffect } from 'react'
import { Button } from './components/Button'
import { ErrorNotice } from './components/ErrorNotice'
import { Shell } from './components/Shell'
import { FirstRunScreen } from './screens/first-run/FirstRunScreen'
import { LockScreen } from './screens/lock/LockScreen'
import { useSessionStore } from './stores/session-store'
import { useSettingsStore } from './stores/settings-store'

/**
 * Until the shop is set up the till shows the first-run screen; a locked window shows the lock
 * screen; then the shell with its screens. The cart lives in main, so it waits through a lock.
 */
export function App() {
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
  }, [load, loadSession])

  if (loadError && (!settings || !session)) {
    return (
      <div className="splash">
        <div className="stack" style={{ maxWidth: 560 }}>
          <ErrorNotice error={loadError} />
          <Button variant="primary" onClick={() => void Promise.all([load(), loadSession()])} data-testid="retry-load">
            Try again
          </Button>
        </div>
      </div>
    )
  }
  if (!settings || !session) return <div className="splash" data-testid="opening">Opening the till…</div>
  if (!settings.setupComplete && session.pinless) return <FirstRunScreen />
  if (session.locked) return <LockScreen />
  return <Shell />
}
