import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useHotkey } from '../lib/hotkeys'
import { useSessionStore } from '../stores/session-store'
import { Kbd } from './Kbd'
import { SetOwnerPinDialog } from './SetOwnerPinDialog'

export const LOCK_HOTKEY = 'Ctrl+L'

/**
 * Who is at the till, always in view, with "Lock / switch"; on a till without PINs yet, the way to
 * set the owner's. A till set up before it had PINs asks for the owner's at its next start.
 */
export function StaffBadge() {
  const { t } = useTranslation()
  const session = useSessionStore((state) => state.session)
  const lock = useSessionStore((state) => state.lock)
  const dismissPinPrompt = useSessionStore((state) => state.dismissPinPrompt)
  const [settingPin, setSettingPin] = useState(false)
  useHotkey(LOCK_HOTKEY, () => void lock(), session?.pinless === false)
  if (!session?.staff) return null
  const prompted = session.pinless && session.ownerPinPrompt
  const closePinDialog = () => {
    setSettingPin(false)
    if (prompted) void dismissPinPrompt()
  }
  return (
    <div className="staff-badge" data-testid="staff-badge">
      <div className="staff-badge__who">
        <span className="staff-badge__name" title={session.staff.name} data-testid="staff-name">
          {session.staff.name}
        </span>
        <span className="staff-badge__role">{session.staff.roleName}</span>
      </div>
      {session.pinless ? (
        <button type="button" className="staff-badge__button staff-badge__button--warning" onClick={() => setSettingPin(true)} data-testid="set-owner-pin">
          {t('staff.badge.setOwnerPin')}
        </button>
      ) : (
        <button type="button" className="staff-badge__button" onClick={() => void lock()} aria-keyshortcuts={LOCK_HOTKEY} data-testid="lock-switch">
          <span>{t('staff.badge.lockSwitch')}</span>
          <Kbd hotkey={LOCK_HOTKEY} />
        </button>
      )}
      {settingPin || prompted ? (
        <SetOwnerPinDialog name={session.staff.name} prompted={prompted} onClose={closePinDialog} onDone={() => setSettingPin(false)} />
      ) : null}
    </div>
  )
}
