import { useEffect } from 'react'
import { Button } from './components/Button'
import { ErrorNotice } from './components/ErrorNotice'
import { Shell } from './components/Shell'
import { FirstRunScreen } from './screens/first-run/FirstRunScreen'
import { useSettingsStore } from './stores/settings-store'

/** Until the shop is set up the till shows the first-run screen; then the shell with its screens. */
export function App() {
  const settings = useSettingsStore((state) => state.settings)
  const loadError = useSettingsStore((state) => state.loadError)
  const load = useSettingsStore((state) => state.load)

  useEffect(() => {
    void load()
  }, [load])

  if (loadError && !settings) {
    return (
      <div className="splash">
        <div className="stack" style={{ maxWidth: 560 }}>
          <ErrorNotice error={loadError} />
          <Button variant="primary" onClick={() => void load()} data-testid="retry-load">
            Try again
          </Button>
        </div>
      </div>
    )
  }
  if (!settings) return <div className="splash" data-testid="opening">Opening the till…</div>
  if (!settings.setupComplete) return <FirstRunScreen />
  return <Shell />
}
