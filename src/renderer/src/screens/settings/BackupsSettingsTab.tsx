import { useEffect, useState } from 'react'
import type { BackupEntry, BackupSettings, BackupSource, RestoreSummary } from '../../../../shared/backups'
import type { AppErrorData } from '../../../../shared/errors'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { ScreenHeader } from '../../components/ScreenHeader'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { useNow } from '../../lib/use-now'
import { formatWhen } from '../../lib/when'
import { useBackupsStore } from '../../stores/backups-store'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { RestoreDialog } from './RestoreDialog'
import { SettingsForm } from './SettingsForm'
import { useSettingsDraft } from './use-settings-draft'
import './settings.css'
import { useTranslation } from 'react-i18next'
import { t } from '../../i18n/i18n'

interface BackupForm {
  daily: boolean
  dailyAt: string
  /** The folder to show: the saved one, or the one just chosen; '' for none. */
  secondFolder: string
  /** The picker's token for a folder just chosen (the main process never takes a typed path); '' when none. */
  folderToken: string
  /** A new passphrase; '' keeps the one stored. */
  passphrase: string
  encrypt: boolean
}

const formOf = (settings: BackupSettings): BackupForm => ({
  daily: settings.dailyAt !== null,
  dailyAt: settings.dailyAt ?? '21:00',
  secondFolder: settings.secondFolder ?? '',
  folderToken: '',
  passphrase: '',
  encrypt: settings.encrypted
})

const PHASE_WORDS = {
  get digest() {
    return t('settings.readingTheDatabase')
  },
  get copy() {
    return t('settings.copying')
  },
  get check() {
    return t('settings.checkingTheCopy')
  },
  get hash() {
    return t('settings.fingerprinting')
  },
  get second() {
    return t('settings.copyingToTheSecond')
  }
} as const
const REASON_WORDS = {
  get scheduled() {
    return t('settings.daily')
  },
  get manual() {
    return t('settings.byHand')
  },
  get quit() {
    return t('settings.onQuit')
  },
  get shift() {
    return t('settings.shiftClosed')
  },
  get 'pre-migration'() {
    return t('settings.beforeAnUpdate')
  },
  get 'pre-restore'() {
    return t('settings.beforeARestore')
  }
} as const

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Settings → Backups: the verified backups, "Back up now" with its progress, the schedule, the second folder, restore. */
export function BackupsSettingsTab() {
  const { t } = useTranslation()
  const [settings, setSettings] = useState<BackupSettings | null>(null)
  useEffect(() => {
    void call(() => window.api.backups.settings()).then((result) => result.ok && setSettings(result.data))
  }, [])
  return (
    <div className="screen" data-testid="backups-settings">
      {settings ? <BackupsSettingsForm saved={settings} onSaved={setSettings} /> : <ScreenHeader title={t('settings.settings')} />}
    </div>
  )
}

function BackupsSettingsForm({ saved, onSaved }: { saved: BackupSettings; onSaved(settings: BackupSettings): void }) {
  const { t } = useTranslation()
  const shop = useShopSettings()
  const { status, list, progress, load, backupNow } = useBackupsStore()
  const draft = useSettingsDraft(formOf(saved))
  const { form, set } = draft
  const [error, setError] = useState<AppErrorData | null>(null)
  const [actionError, setActionError] = useState<AppErrorData | null>(null)
  const [saving, setSaving] = useState(false)
  const [restoring, setRestoring] = useState<BackupSource | null>(null)
  const [restarting, setRestarting] = useState<RestoreSummary | 'undo' | null>(null)
  const fields = fieldErrors(error)
  const now = useNow(30_000)
  const time = { locale: shop.locale, timeZone: shop.timeZone }

  useEffect(() => {
    void load()
  }, [load])

  const submit = async () => {
    setSaving(true)
    const passphrase = !form.encrypt ? { passphrase: null } : form.passphrase ? { passphrase: form.passphrase } : {}
    const folder = form.folderToken
      ? { secondFolderToken: form.folderToken }
      : form.secondFolder === '' && saved.secondFolder !== null
        ? { secondFolderToken: null }
        : {}
    const result = await call(() => window.api.backups.updateSettings({ dailyAt: form.daily ? form.dailyAt : null, ...folder, ...passphrase }))
    setSaving(false)
    if (!result.ok) return setError(result.error)
    setError(null)
    onSaved(result.data)
    draft.accept(formOf(result.data))
    toast(t('settings.backupSettingsSaved'))
  }

  const chooseFolder = async () => {
    const result = await call(() => window.api.backups.chooseFolder())
    if (!result.ok) return setActionError(result.error)
    if (result.data.path && result.data.folderToken) {
      set('secondFolder')(result.data.path)
      set('folderToken')(result.data.folderToken)
    }
  }

  const chooseFile = async () => {
    const result = await call(() => window.api.backups.chooseFile())
    if (!result.ok) return setActionError(result.error)
    if (result.data.fileToken) setRestoring({ fileToken: result.data.fileToken })
  }

  const runBackup = async () => {
    setActionError(null)
    const failure = await backupNow()
    if (failure) setActionError(failure)
    else toast(t('settings.backedUpAndVerified'))
  }

  const undo = async () => {
    const result = await call(() => window.api.backups.undoRestore())
    if (!result.ok) return setActionError(result.error)
    setRestarting('undo')
  }

  if (restarting) {
    return (
      <section className="card settings-section" data-testid="backups-restarting">
        <h2>{t('settings.restartingTillpoint')}</h2>
        <p>
          {restarting === 'undo'
            ? t('settings.theDatabaseTheRestore')
            : restarting.createdAt === null
              ? t('settings.theBackupIsOpened')
              : t('settings.theBackupFromIsOpened', { when: formatWhen(restarting.createdAt, now, time) })}
        </p>
      </section>
    )
  }

  const storedFailure = status?.failures ?? []
  return (
    <SettingsForm
      tab="backups"
      subtitle={t('settings.tillpointCopiesTheShop')}
      saveLabel={t('settings.saveBackupSettings')}
      dirty={draft.dirty}
      onDiscard={draft.discard}
      onSave={() => void submit()}
      saving={saving}
      error={error}
      shownFields={/^(dailyAt|secondFolderToken|passphrase)$/}
      testIds={{ discard: 'backups-discard', save: 'backups-save', error: 'backups-settings-error' }}
      className="stack"
    >
      <div className="settings-columns">
        <div className="stack">
          <section className="card settings-section" aria-labelledby="backups-now">
            <h2 id="backups-now">{t('settings.backups')}</h2>
            <dl className="settings-facts">
              <dt>{t('settings.lastGoodBackup')}</dt>
              <dd data-testid="backups-last-good">{status?.lastGoodAt ? formatWhen(status.lastGoodAt, now, time) : t('settings.noneYet')}</dd>
              {status?.overdue ? (
                <>
                  <dt>{t('settings.schedule')}</dt>
                  <dd>
                    <Badge tone="warning" testId="backups-overdue">
                      {t('settings.overdue')}
                    </Badge>
                  </dd>
                </>
              ) : null}
            </dl>
            {storedFailure.map((failure) => (
              <p key={failure.place} className="field__error" data-testid={`backups-failure-${failure.place}`}>
                {failure.place === 'second' ? t('settings.copyToTheSecond') : t('settings.backupFailed')}: {failure.message}
              </p>
            ))}
            {progress ? (
              <div className="backup-progress" data-testid="backups-progress">
                <progress max={1} value={progress.fraction} aria-label={t('settings.backupProgress')} />
                <span>
                  {PHASE_WORDS[progress.phase]}… {Math.round(progress.fraction * 100)}%
                </span>
              </div>
            ) : null}
            <ErrorNotice error={actionError} testId="backups-action-error" onDismiss={() => setActionError(null)} />
            <div className="settings-actions">
              <Button variant="primary" onClick={() => void runBackup()} busy={progress !== null} data-testid="backups-now">
                {t('settings.backUpNow')}
              </Button>
              <Button onClick={() => void chooseFile()} data-testid="backups-restore-file">
                {t('settings.restoreFromAFile')}
              </Button>
              {status?.undoable ? (
                <Button variant="ghost" onClick={() => void undo()} data-testid="backups-undo-restore">
                  {t('settings.undoTheLastRestore')}
                </Button>
              ) : null}
            </div>
          </section>
          <section className="card settings-section" aria-labelledby="backups-list">
            <h2 id="backups-list">{t('settings.verifiedBackups')}</h2>
            <BackupList entries={list ?? []} now={now} time={time} onRestore={(entry) => setRestoring({ backupId: entry.id })} />
          </section>
        </div>
        <div className="stack">
          <section className="card settings-section" aria-labelledby="backups-schedule">
            <h2 id="backups-schedule">{t('settings.when')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={form.daily} onChange={(event) => set('daily')(event.target.checked)} data-testid="backups-daily" />
              <span>{t('settings.everyDayAt')}</span>
            </label>
            <TextField
              label={t('settings.time')}
              type="time"
              value={form.dailyAt}
              onChange={set('dailyAt')}
              error={fields.dailyAt}
              testId="backups-daily-at"
              disabled={!form.daily}
            />
            <p className="field__hint">{t('settings.alsoAfterEveryShift')}</p>
          </section>
          <section className="card settings-section" aria-labelledby="backups-second">
            <h2 id="backups-second">{t('settings.secondFolder')}</h2>
            <TextField
              label={t('settings.folder')}
              value={form.secondFolder}
              onChange={() => undefined}
              readOnly
              error={fields.secondFolderToken}
              testId="backups-second-folder"
              placeholder={t('settings.noneChooseAUsb')}
              spellCheck={false}
              hint={
                status?.secondFolder && !status.secondFolder.reachable ? (
                  <span className="field__error" data-testid="backups-second-unreachable">
                    {t('settings.notReachableNowIs')}
                  </span>
                ) : undefined
              }
            />
            <div className="row row--wrap">
              <Button size="small" onClick={() => void chooseFolder()} data-testid="backups-choose-folder">
                {t('settings.chooseFolder')}
              </Button>
              {form.secondFolder ? (
                <Button
                  size="small"
                  onClick={() => {
                    set('secondFolder')('')
                    set('folderToken')('')
                  }}
                  data-testid="backups-remove-folder"
                >
                  {t('settings.noSecondFolder')}
                </Button>
              ) : null}
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={form.encrypt} onChange={(event) => set('encrypt')(event.target.checked)} data-testid="backups-encrypt" />
              <span>{t('settings.encryptTheCopiesThere')}</span>
            </label>
            {form.encrypt ? (
              <TextField
                label={saved.encrypted ? t('settings.newPassphrase') : t('settings.passphrase')}
                type="password"
                autoComplete="off"
                value={form.passphrase}
                onChange={set('passphrase')}
                error={fields.passphrase}
                testId="backups-passphrase"
                placeholder={saved.encrypted ? t('settings.leaveEmptyToKeep') : t('settings.atLeast8Characters')}
              />
            ) : null}
          </section>
        </div>
      </div>
      {restoring ? (
        <RestoreDialog
          source={restoring}
          onClose={() => setRestoring(null)}
          onRestarting={(summary) => {
            setRestoring(null)
            setRestarting(summary)
          }}
        />
      ) : null}
    </SettingsForm>
  )
}

function BackupList({
  entries,
  now,
  time,
  onRestore
}: {
  entries: BackupEntry[]
  now: number
  time: { locale: string; timeZone: string }
  onRestore(entry: BackupEntry): void
}) {
  const { t } = useTranslation()
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="backups-empty">
        {t('settings.noBackupYetBack')}
      </p>
    )
  return (
    <table className="backup-table" data-testid="backups-table">
      <thead>
        <tr>
          <th>{t('settings.when')}</th>
          <th>{t('settings.why')}</th>
          <th>{t('settings.size')}</th>
          <th>{t('settings.where')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="backups-row">
            <td title={entry.path}>{formatWhen(entry.createdAt, now, time)}</td>
            <td>{REASON_WORDS[entry.reason]}</td>
            <td className="tabular">{formatBytes(entry.bytes)}</td>
            <td>
              <Badge tone="success">{t('settings.verified')}</Badge> {entry.place === 'local' ? t('settings.thisPc') : t('settings.secondFolder')}
              {entry.encrypted ? t('settings.encrypted') : ''}
            </td>
            <td>
              <Button size="small" variant="ghost" onClick={() => onRestore(entry)} data-testid="backups-restore">
                {t('settings.restore')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
