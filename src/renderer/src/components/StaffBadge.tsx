import { useState } from 'react'
import { useHotkey } from '../lib/hotkeys'
import { useSessionStore } from '../stores/session-store'
import { Kbd } from './Kbd'
import { SetOwnerPinDialog } from './SetOwnerPinDialog'

export const LOCK_HOTKEY = 'Ctrl+L'

/** Who is at the till, always in view, with "Lock / switch"; on a till without PINs yet, the way to set the owner's. */
export function StaffBadge() {
  const session = useSessionStore((state) => state.session)
  const lock = useSessionStore((state) => state.lock)
  const [settingPin, setSettingPin] = useState(false)
  useHotkey(LOCK_HOTKEY, () => void lock(), session?.pinless === false)
  if (!session?.staff) return null
  return (
    <div className="staff-badge" data-testid="staff-badge">
      <div className="staff-badge__who">
        <span className="staff-badge__name" data-testid="staff-name">
          {session.staff.name}
        </span>
        <span className="staff-badge__role">{session.staff.roleName}</span>
      </div>
      {session.pinless ? (
        <button type="button" className="staff-badge__button staff-badge__button--warning" onClick={() => setSettingPin(true)} data-testid="set-owner-pin">
          Set an owner PIN to lock the till
        </button>
      ) : (
        <button type="button" className="staff-badge__button" onClick={() => void lock()} aria-keyshortcuts={LOCK_HOTKEY} data-testid="lock-switch">
          <span>Lock / switch</span>
          <Kbd hotkey={LOCK_HOTKEY} />
        </button>
      )}
      {settingPin ? <SetOwnerPinDialog name={session.staff.name} onClose={() => setSettingPin(false)} /> : null}
    </div>
  )
}
