import { useEffect, useState } from 'react'
import type { ShopSettings } from '../../shared/settings'

export function App() {
  const [settings, setSettings] = useState<ShopSettings | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void window.api.settings.get().then((result) => {
      if (result.ok) setSettings(result.data)
      else setError(result.error.message)
    })
    return window.api.on('settings.changed', ({ settings }) => setSettings(settings))
  }, [])

  if (error) return <p role="alert">{error}</p>
  if (!settings) return <p>Opening the till…</p>
  return (
    <main>
      <h1 data-testid="shop-name">{settings.shopName}</h1>
      <p>
        Prices in {settings.currency}, {settings.taxMode === 'inclusive' ? 'tax included' : 'tax added at the till'}.
      </p>
    </main>
  )
}
