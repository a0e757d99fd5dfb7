import { useEffect, type ReactNode } from 'react'
import { useHotkeyLayer } from '../../lib/hotkeys'
import { useShiftStore } from '../../stores/shift-store'
import { OpenShiftDialog } from './OpenShiftDialog'
import { useTranslation } from 'react-i18next'

/**
 * Stands before taking money: on a till that works in shifts and has none open (the last one was
 * closed), the shift is opened first, then what was asked for shows.
 */
export function ShiftGate({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const { t } = useTranslation()
  const state = useShiftStore((store) => store.state)
  const load = useShiftStore((store) => store.load)
  useEffect(() => {
    if (!state) void load()
  }, [state, load])
  if (!state) return <HotkeysHeld />
  if (state.inUse && !state.open) {
    return <OpenShiftDialog reason={t('shift.lastShiftClosed')} onClose={onClose} onOpened={() => void load()} />
  }
  return <>{children}</>
}

/** Until the shift is known, keys pressed for the dialog about to open never reach the screen beneath. */
function HotkeysHeld() {
  useHotkeyLayer()
  return null
}
