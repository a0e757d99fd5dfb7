import { Suspense, useState } from 'react'
import { useHotkey } from '../lib/hotkeys'
import { useTouchClass } from '../lib/touch'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'
import { SCREEN_IDS, type ScreenId } from '../screens/screen-ids'
import { SCREENS } from '../screens/screens'
import { Kbd } from './Kbd'
import { LeaveUnsavedDialog } from './LeaveUnsavedDialog'
import { ShellStatus } from './ShellStatus'
import { ShortcutsDialog } from './ShortcutsDialog'
import { Toasts } from './Toasts'

function NavItem({ id, position }: { id: ScreenId; position: number }) {
  const current = useNavStore((state) => state.screen)
  const go = useNavStore((state) => state.go)
  const hotkey = `Alt+${position}`
  useHotkey(hotkey, () => go(id))
  return (
    <button type="button" className="nav__item" aria-current={current === id ? 'page' : undefined} onClick={() => go(id)} aria-keyshortcuts={hotkey} data-testid={`nav-${id}`}>
      <span>{SCREENS[id].label}</span>
      <Kbd hotkey={hotkey} />
    </button>
  )
}

/** The till's frame: the nav on the left, the current screen beside it, toasts on top. */
export function Shell() {
  const settings = useShopSettings()
  useTouchClass()
  const [shortcuts, setShortcuts] = useState(false)
  useHotkey('F1', () => setShortcuts(true))
  useHotkey('?', () => setShortcuts(true))
  const screen = useNavStore((state) => state.screen)
  const { Component, label } = SCREENS[screen]
  return (
    <div className="app-shell">
      <nav className="nav" aria-label="Screens">
        <div className="nav__brand">
          <div className="nav__brand-name">Tillpoint</div>
          <div className="nav__shop" data-testid="shop-name" title={settings.shopName}>
            {settings.shopName}
          </div>
        </div>
        {SCREEN_IDS.map((id, index) => (
          <NavItem key={id} id={id} position={index + 1} />
        ))}
        <ShellStatus />
      </nav>
      <main className="main" aria-label={label} data-testid={`screen-${screen}`}>
        <Suspense fallback={<p className="screen-loading">Opening {label}…</p>}>
          <Component />
        </Suspense>
      </main>
      <LeaveUnsavedDialog />
      {shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null}
      <Toasts />
    </div>
  )
}
