import type { UpdateState, UpdateStatus } from '../../../../shared/updates'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { call } from '../../lib/call'
import { useAction } from '../../lib/use-action'
import { useLiveQuery } from '../../lib/use-live-query'
import { formatWhen } from '../../lib/when'
import { useShopSettings } from '../../stores/settings-store'
import { SettingsTabs } from './SettingsTabs'
import './settings.css'
import { useTranslation } from 'react-i18next'
import { t } from '../../i18n/i18n'

const STATE_WORDS: Record<UpdateState, string> = {
  get off() {
    return t('settings.updatesAreOffIn')
  },
  get idle() {
    return t('settings.thisIsTheNewest')
  },
  get checking() {
    return t('settings.askingTheUpdateServer')
  },
  get downloading() {
    return t('settings.downloadingTheNewVersion')
  },
  get ready() {
    return t('settings.aNewVersionIs')
  },
  get error() {
    return t('settings.theLastCheckOr')
  }
}

/**
 * Settings → Updates: which version runs, what the update server has, and installing when the shop
 * says so. Read again when a shift or a sale changes, since either may hold the install back.
 */
export function UpdatesSettingsTab() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const status = useLiveQuery(() => window.api.updates.status(), [], ['updates.changed', 'shift.changed', 'cart.changed'])
  const check = useAction(() => call(() => window.api.updates.check()), status.reload)
  const install = useAction(() => call((api) => api.updates.install()), status.reload)
  const current = status.data

  return (
    <div className="screen" data-testid="updates-settings">
      <ScreenHeader title={t('settings.settings')} subtitle={t('settings.newVersionsOfTillpoint')} />
      <SettingsTabs current="updates" />
      <ErrorNotice error={install.error ?? check.error ?? status.error} testId="updates-error" />
      {current ? (
        <section className="card settings-section stack" aria-labelledby="updates-version">
          <h2 id="updates-version">
            {t('settings.version')} {current.currentVersion}
          </h2>
          <p data-testid="updates-state">{STATE_WORDS[current.state]}</p>
          <UpdateDetails status={current} when={(at) => formatWhen(at, Date.now(), settings)} />
          <div className="row">
            <Button
              onClick={() => void check.run()}
              busy={check.busy}
              disabled={current.state === 'off' || current.state === 'checking'}
              data-testid="updates-check"
            >
              {t('settings.checkNow')}
            </Button>
            {current.state === 'ready' ? (
              <Button
                variant="primary"
                onClick={() => void install.run()}
                busy={install.busy}
                disabled={current.blockedBy !== null}
                data-testid="updates-install"
              >
                {t('settings.restartAndInstall')} {current.availableVersion}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  )
}

function UpdateDetails({ status, when }: { status: UpdateStatus; when(at: number): string }) {
  const { t } = useTranslation()
  return (
    <>
      {status.availableVersion ? (
        <p data-testid="updates-available">{t('settings.versionIsAvailable', { availableVersion: status.availableVersion })}</p>
      ) : null}
      {status.state === 'downloading' && status.percent !== null ? (
        <progress max={100} value={status.percent} aria-label={t('settings.downloadProgress')} data-testid="updates-progress" />
      ) : null}
      {status.error ? (
        <p className="field__error" data-testid="updates-failure">
          {status.error}
        </p>
      ) : null}
      {status.state === 'ready' && status.blockedBy ? (
        <p className="field__hint" data-testid="updates-blocked">
          {status.blockedBy}
        </p>
      ) : null}
      {status.lastCheckedAt !== null ? <p className="muted">{t('settings.lastChecked', { lastCheckedAt: when(status.lastCheckedAt) })}</p> : null}
    </>
  )
}
