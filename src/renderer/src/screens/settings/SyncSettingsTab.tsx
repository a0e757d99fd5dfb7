import { useEffect, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { isInsecureSyncUrl, type SyncConfigure, type SyncStatus } from '../../../../shared/sync'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { ScreenHeader } from '../../components/ScreenHeader'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { SYNC_PHASE_TONES, syncPhaseWords, tokenWords, waitingWords } from '../../lib/sync-words'
import { useNow } from '../../lib/use-now'
import { formatWait, formatWhen } from '../../lib/when'
import { useShopSettings } from '../../stores/settings-store'
import { useSyncStatusStore } from '../../stores/sync-status-store'
import { toast } from '../../stores/toast-store'
import { RejectedSyncEvents } from './RejectedSyncEvents'
import { SettingsForm } from './SettingsForm'
import { useSettingsDraft } from './use-settings-draft'
import './settings.css'
import { useTranslation } from 'react-i18next'

interface SyncForm {
  enabled: boolean
  url: string
  /** A new token to store; '' keeps the one stored. The stored token is never shown. */
  token: string
  /** Accepts sending over plain http:// to another machine: asked only when the address is one. */
  allowInsecureHttp: boolean
}

const formOf = (status: SyncStatus): SyncForm => ({ enabled: status.enabled, url: status.endpoint, token: '', allowInsecureHttp: status.allowInsecureHttp })

/** Settings → Sync: the server and its token, where sync stands, "Sync now", and what the server refused. */
export function SyncSettingsTab() {
  const { t } = useTranslation()
  const status = useSyncStatusStore((state) => state.status)
  const load = useSyncStatusStore((state) => state.load)

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="screen" data-testid="sync-settings">
      {status ? <SyncSettingsForm status={status} /> : <ScreenHeader title={t('settings.settings')} />}
    </div>
  )
}

function SyncSettingsForm({ status }: { status: SyncStatus }) {
  const { t, i18n } = useTranslation()
  const settings = useShopSettings()
  const replace = useSyncStatusStore((state) => state.replace)
  const syncNow = useSyncStatusStore((state) => state.syncNow)
  const syncing = useSyncStatusStore((state) => state.syncing)
  // The switch and the address follow a change made in another window, unless edited here.
  const draft = useSettingsDraft(formOf(status))
  const { form, set } = draft
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null)
  const [syncError, setSyncError] = useState<AppErrorData | null>(null)
  const fields = fieldErrors(error)
  const now = useNow(5_000)

  const configure = async (input: SyncConfigure, what: 'save' | 'remove') => {
    setBusy(what)
    const result = await call(() => window.api.sync.configure(input))
    setBusy(null)
    if (!result.ok) return setError(result.error)
    setError(null)
    replace(result.data)
    draft.accept(formOf(result.data))
    toast(what === 'save' ? t('settings.syncSettingsSaved') : t('settings.theTokenWasRemoved'))
  }

  const submit = () => {
    const token = form.token.trim()
    const url = form.url.trim()
    void configure({ enabled: form.enabled, url, allowInsecureHttp: isInsecureSyncUrl(url) && form.allowInsecureHttp, ...(token ? { token } : {}) }, 'save')
  }

  const sendNow = async () => {
    setSyncError(null)
    const result = await syncNow()
    if (!result.ok) setSyncError(result.error)
  }

  const time = { locale: settings.locale, timeZone: settings.timeZone }
  return (
    <SettingsForm
      tab="sync"
      requires="sync.configure"
      subtitle={t('settings.sendEverySaleOrder')}
      saveLabel={t('settings.saveSyncSettings')}
      dirty={draft.dirty}
      onDiscard={draft.discard}
      onSave={submit}
      saving={busy === 'save'}
      otherBusy={busy === 'remove'}
      error={error}
      shownFields={/^(enabled|url|token|allowInsecureHttp)$/}
      testIds={{ discard: 'sync-discard', save: 'sync-save', error: 'sync-settings-error' }}
      className="stack"
    >
      <div className="settings-columns">
        <div className="stack">
          <section className="card settings-section" aria-labelledby="sync-server">
            <h2 id="sync-server">{t('settings.server')}</h2>
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.enabled}
                  onChange={(event) => set('enabled')(event.target.checked)}
                  aria-invalid={Boolean(fields.enabled)}
                  data-testid="sync-enabled"
                />
                <span>{t('settings.sendChangesToThe')}</span>
              </label>
              <span className="field__hint">{t('settings.offNothingIsSent')}</span>
              {fields.enabled ? (
                <span className="field__error" data-testid="sync-enabled-error">
                  {fields.enabled}
                </span>
              ) : null}
            </div>
            <TextField
              label={t('settings.serverAddress')}
              value={form.url}
              onChange={set('url')}
              error={fields.url}
              testId="sync-url"
              placeholder={t('settings.httpsSyncExampleCom')}
              maxLength={2000}
              spellCheck={false}
              inputMode="url"
            />
            {isInsecureSyncUrl(form.url.trim()) ? (
              <div className="field">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.allowInsecureHttp}
                    onChange={(event) => set('allowInsecureHttp')(event.target.checked)}
                    data-testid="sync-allow-insecure"
                  />
                  <span>{t('settings.sendOverPlainHttp')}</span>
                </label>
                <span className="field__hint" data-testid="sync-insecure-warning">
                  {t('settings.thisAddressIsNot')}
                </span>
              </div>
            ) : null}
            <TextField
              label={status.hasToken ? t('settings.newTillSecret') : t('settings.tillSecret')}
              value={form.token}
              onChange={set('token')}
              error={fields.token}
              testId="sync-token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              maxLength={4096}
              placeholder={status.hasToken ? t('settings.leaveEmptyToKeep2') : t('settings.theSecretHeadOffice')}
              hint={<span data-testid="sync-token-state">{tokenWords(status, t)}</span>}
            />
            {status.hasToken ? (
              <div>
                <Button
                  size="small"
                  variant="ghost"
                  busy={busy === 'remove'}
                  disabled={busy !== null}
                  onClick={() => void configure({ token: null }, 'remove')}
                  data-testid="sync-remove-token"
                >
                  {t('settings.removeTheStoredToken')}
                </Button>
              </div>
            ) : null}
          </section>
        </div>
        <div className="stack">
          <section className="card settings-section" aria-labelledby="sync-state">
            <h2 id="sync-state">{t('settings.status')}</h2>
            <dl className="settings-facts">
              <dt>{t('settings.now')}</dt>
              <dd>
                <Badge tone={SYNC_PHASE_TONES[status.phase]} testId="sync-settings-phase">
                  {syncPhaseWords(status.phase, t)}
                </Badge>
              </dd>
              <dt>{t('settings.waiting')}</dt>
              <dd data-testid="sync-settings-waiting">{waitingWords(status.waiting, i18n.language, t)}</dd>
              <dt>{t('settings.lastSent')}</dt>
              <dd data-testid="sync-settings-last-success">
                {status.lastSuccessAt === null ? t('settings.never') : formatWhen(status.lastSuccessAt, now, time)}
              </dd>
              {status.lastError ? (
                <>
                  <dt>{t('settings.lastError')}</dt>
                  <dd className="rejected-event__reason" data-testid="sync-settings-last-error">
                    {status.lastError}
                    {status.nextAttemptAt !== null && status.nextAttemptAt > now
                      ? t('settings.tryingAgain', { wait: formatWait(status.nextAttemptAt - now, i18n.language) })
                      : ''}
                  </dd>
                </>
              ) : null}
              <dt>{t('settings.thisTillSId')}</dt>
              <dd className="muted tabular" data-testid="sync-till-id">
                {status.tillId}
              </dd>
            </dl>
            <ErrorNotice error={syncError} testId="sync-now-error" onDismiss={() => setSyncError(null)} />
            <div className="settings-actions">
              <Button onClick={() => void sendNow()} busy={syncing} disabled={!status.enabled} data-testid="sync-settings-now">
                {t('settings.syncNow')}
              </Button>
              {!status.enabled ? <span className="muted">{t('settings.turnSyncOnTo')}</span> : null}
            </div>
          </section>
          <section className="card settings-section" aria-labelledby="sync-refused">
            <h2 id="sync-refused">{t('settings.refusedByTheServer')}</h2>
            <RejectedSyncEvents />
          </section>
        </div>
      </div>
    </SettingsForm>
  )
}
