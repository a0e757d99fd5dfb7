import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PinPad } from '../../components/PinPad'
import { RestoredNotice } from '../../components/RestoredNotice'
import { useSessionStore } from '../../stores/session-store'
import { useShopSettings } from '../../stores/settings-store'
import './lock.css'
import { useTranslation } from 'react-i18next'

/** The locked till: who works here, and a PIN pad for the one who taps their name. */
export function LockScreen() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const lockScreen = useSessionStore((state) => state.lockScreen)
  const unlock = useSessionStore((state) => state.unlock)
  const staff = lockScreen?.staff ?? []
  const [chosen, setChosen] = useState<string | null>(staff.length === 1 ? (staff[0]?.id ?? null) : null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const [tries, setTries] = useState(0)
  const person = staff.find((member) => member.id === chosen)

  const submit = async (pin: string) => {
    if (!chosen) return
    setBusy(true)
    const result = await unlock(chosen, pin)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      setTries((count) => count + 1)
    }
  }

  return (
    <main className="lock-screen" data-testid="lock-screen">
      <div className="lock-screen__card card">
        <RestoredNotice />
        <header className="lock-screen__header">
          <p className="first-run__brand">{t('lock.brandShop', { shopName: settings.shopName })}</p>
          <h1>{person ? t('lock.hello', { name: person.name }) : t('lock.whoIsAtTill')}</h1>
          <p className="muted">{person ? t('lock.typeYourPin') : t('lock.tapYourName')}</p>
        </header>
        <div className="lock-screen__body">
          <ul className="lock-screen__staff plain-list" aria-label={t('lock.staff')}>
            {staff.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  className="lock-screen__person"
                  aria-pressed={member.id === chosen}
                  onClick={() => {
                    setChosen(member.id)
                    setError(null)
                    setTries((count) => count + 1)
                  }}
                  data-testid="lock-staff"
                >
                  <span className="lock-screen__name">{member.name}</span>
                  <span className="lock-screen__role">{member.roleName}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="lock-screen__pad">
            <ErrorNotice error={error} testId="lock-error" />
            {person ? (
              <PinPad onSubmit={(pin) => void submit(pin)} busy={busy} resetKey={tries} testId="lock-pin" />
            ) : (
              <p className="muted lock-screen__hint">{t('lock.chooseNameFirst')}</p>
            )}
          </div>
        </div>
      </div>
    </main>
  )
}
