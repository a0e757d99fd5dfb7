import { Suspense, useState } from 'react'
import { useHotkey } from '../lib/hotkeys'
import { useTouchClass } from '../lib/touch'
import { useIdleLock } from '../lib/use-idle-lock'
import { permissionReason, useSessionStore } from '../stores/session-store'
import { useNavStore } from '../stores/nav-store'
import { useShopSettings } from '../stores/settings-store'
import { SCREEN_IDS, type ScreenId } from '../screens/screen-ids'
import { SCREENS } from '../screens/screens'
import { Kbd } from './Kbd'
import { ApprovalDialog } from './ApprovalDialog'
import { LeaveUnsavedDialog } from './LeaveUnsavedDialog'
import { ShellStatus } from './ShellStatus'
import { ShortcutsDialog } from './ShortcutsDialog'
import { StaffBadge } from './StaffBadge'
import { RestoredNotice } from './RestoredNotice'
import { StorageBanner } from './StorageBanner'
import { Toasts } from './Toasts'
import { useTranslation } from 'react-i18next'

function NavItem({ id, position }: { id: ScreenId; position: number }) {
  const { t } = useTranslation()
  const current = useNavStore((state) => state.screen)
  const go = useNavStore((state) => state.go)
  const permissions = useSessionStore((state) => state.session?.permissions)
  const { needsOneOf } = SCREENS[id]
  const label = t(`nav.${id}`)
  const allowed = !needsOneOf || needsOneOf.some((permission) => permissions?.includes(permission))
  const reason = allowed ? undefined : permissionReason(needsOneOf?.[0] ?? 'stats.view')
  const hotkey = `Alt+${position}`
  useHotkey(hotkey, () => go(id), allowed)
  return (
    <button
      type="button"
      className="nav__item"
      aria-current={current === id ? 'page' : undefined}
      onClick={() => go(id)}
      aria-keyshortcuts={hotkey}
      disabled={!allowed}
      title={reason}
      data-testid={`nav-${id}`}
    >
      <span>
        {label}
        {reason ? <span className="nav__reason">{reason}</span> : null}
      </span>
      <Kbd hotkey={hotkey} />
    </button>
  )
}

/** The till's frame: the nav on the left, the current screen beside it, toasts on top. */
export function Shell() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  useTouchClass()
  const [shortcuts, setShortcuts] = useState(false)
  useHotkey('F1', () => setShortcuts(true))
  useHotkey('?', () => setShortcuts(true))
  const screen = useNavStore((state) => state.screen)
  const { Component } = SCREENS[screen]
  const label = t(`nav.${screen}`)
  const pinless = useSessionStore((state) => state.session?.pinless ?? true)
  useIdleLock(settings.autoLockMinutes, !pinless)
  return (
    <div className="app-shell">
      <nav className="nav" aria-label={t('nav.screens')}>
        <div className="nav__brand">
          <div className="nav__brand-name">{t('app.name')}</div>
          <div className="nav__shop" data-testid="shop-name" title={settings.shopName}>
            {settings.shopName}
          </div>
        </div>
        <StaffBadge />
        {SCREEN_IDS.map((id, index) => (
          <NavItem key={id} id={id} position={index + 1} />
        ))}
        <ShellStatus />
      </nav>
      <main className="main" aria-label={label} data-testid={`screen-${screen}`}>
        <StorageBanner />
        <RestoredNotice />
        <Suspense fallback={<p className="screen-loading">{t('nav.opening', { screen: label })}</p>}>
          <Component />
        </Suspense>
      </main>
      <LeaveUnsavedDialog />
      {shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null}
      <ApprovalDialog />
      <Toasts />
    </div>
  )
}
