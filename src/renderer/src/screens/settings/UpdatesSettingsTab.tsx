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

const STATE_WORDS: Record<UpdateState, string> = {
  off: 'Updates are off in this build: it has no update address.',
  idle: 'This is the newest version the update server has.',
  checking: 'Asking the update server for a newer version…',
  downloading: 'Downloading the new version in the background. The till works as usual meanwhile.',
  ready: 'A new version is downloaded and checked. It is installed when you say so.',
  error: 'The last check or download failed. This version keeps running; the next check tries again.'
}

/**
 * Settings → Updates: which version runs, what the update server has, and installing when the shop
 * says so. Read again when a shift or a sale changes, since either may hold the install back.
 */
export function UpdatesSettingsTab() {
  const settings = useShopSettings()
  const status = useLiveQuery(() => window.api.updates.status(), [], ['updates.changed', 'shift.changed', 'cart.changed'])
  const check = useAction(() => call(() => window.api.updates.check()), status.reload)
  const install = useAction(() => call((api) => api.updates.install()), status.reload)
  const current = status.data

  return (
    <div className="screen" data-testid="updates-settings">
      <ScreenHeader title="Settings" subtitle="New versions of Tillpoint: checked at start and once a day, installed only when you say so." />
      <SettingsTabs current="updates" />
      <ErrorNotice error={install.error ?? check.error ?? status.error} testId="updates-error" />
      {current ? (
        <section className="card settings-section stack" aria-labelledby="updates-version">
          <h2 id="updates-version">Version {current.currentVersion}</h2>
          <p data-testid="updates-state">{STATE_WORDS[current.state]}</p>
          <UpdateDetails status={current} when={(at) => formatWhen(at, Date.now(), settings)} />
          <div className="row">
            <Button
              onClick={() => void check.run()}
              busy={check.busy}
              disabled={current.state === 'off' || current.state === 'checking'}
              data-testid="updates-check"
            >
              Check now
            </Button>
            {current.state === 'ready' ? (
              <Button
                variant="primary"
                onClick={() => void install.run()}
                busy={install.busy}
                disabled={current.blockedBy !== null}
                data-testid="updates-install"
              >
                Restart and install {current.availableVersion}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  )
}

function UpdateDetails({ status, when }: { status: UpdateStatus; when(at: number): string }) {
  return (
    <>
      {status.availableVersion ? <p data-testid="updates-available">Version {status.availableVersion} is available.</p> : null}
      {status.state === 'downloading' && status.percent !== null ? (
        <progress max={100} value={status.percent} aria-label="Download progress" data-testid="updates-progress" />
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
      {status.lastCheckedAt !== null ? <p className="muted">Last checked {when(status.lastCheckedAt)}.</p> : null}
    </>
  )
}
