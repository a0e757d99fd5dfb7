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

const PHASE_WORDS = { copy: 'Copying', check: 'Checking the copy', hash: 'Fingerprinting', second: 'Copying to the second folder' } as const
const REASON_WORDS = {
  scheduled: 'Daily',
  manual: 'By hand',
  quit: 'On quit',
  shift: 'Shift closed',
  'pre-migration': 'Before an update',
  'pre-restore': 'Before a restore'
} as const

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Settings → Backups: the verified backups, "Back up now" with its progress, the schedule, the second folder, restore. */
export function BackupsSettingsTab() {
  const [settings, setSettings] = useState<BackupSettings | null>(null)
  useEffect(() => {
    void call(() => window.api.backups.settings()).then((result) => result.ok && setSettings(result.data))
  }, [])
  return (
    <div className="screen" data-testid="backups-settings">
      {settings ? <BackupsSettingsForm saved={settings} onSaved={setSettings} /> : <ScreenHeader title="Settings" />}
    </div>
  )
}

function BackupsSettingsForm({ saved, onSaved }: { saved: BackupSettings; onSaved(settings: BackupSettings): void }) {
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
    toast('Backup settings saved')
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
    else toast('Backed up and verified')
  }

  const undo = async () => {
    const result = await call(() => window.api.backups.undoRestore())
    if (!result.ok) return setActionError(result.error)
    setRestarting('undo')
  }

  if (restarting) {
    return (
      <section className="card settings-section" data-testid="backups-restarting">
        <h2>Restarting Tillpoint</h2>
        <p>
          {restarting === 'undo'
            ? 'The database the restore set aside is put back when Tillpoint starts again.'
            : `The backup${restarting.createdAt === null ? '' : ` from ${formatWhen(restarting.createdAt, now, time)}`} is opened when Tillpoint starts again. The database it replaces is kept in the backups folder, and the restore can be undone from here.`}
        </p>
      </section>
    )
  }

  const storedFailure = status?.failures ?? []
  return (
    <SettingsForm
      tab="backups"
      subtitle="Tillpoint copies the shop's database and checks every copy; restore one if this PC's copy is lost or damaged."
      saveLabel="Save backup settings"
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
            <h2 id="backups-now">Backups</h2>
            <dl className="settings-facts">
              <dt>Last good backup</dt>
              <dd data-testid="backups-last-good">{status?.lastGoodAt ? formatWhen(status.lastGoodAt, now, time) : 'None yet'}</dd>
              {status?.overdue ? (
                <>
                  <dt>Schedule</dt>
                  <dd>
                    <Badge tone="warning" testId="backups-overdue">
                      Overdue
                    </Badge>
                  </dd>
                </>
              ) : null}
            </dl>
            {storedFailure.map((failure) => (
              <p key={failure.place} className="field__error" data-testid={`backups-failure-${failure.place}`}>
                {failure.place === 'second' ? 'Copy to the second folder failed' : 'Backup failed'}: {failure.message}
              </p>
            ))}
            {progress ? (
              <div className="backup-progress" data-testid="backups-progress">
                <progress max={1} value={progress.fraction} aria-label="Backup progress" />
                <span>
                  {PHASE_WORDS[progress.phase]}… {Math.round(progress.fraction * 100)}%
                </span>
              </div>
            ) : null}
            <ErrorNotice error={actionError} testId="backups-action-error" onDismiss={() => setActionError(null)} />
            <div className="settings-actions">
              <Button variant="primary" onClick={() => void runBackup()} busy={progress !== null} data-testid="backups-now">
                Back up now
              </Button>
              <Button onClick={() => void chooseFile()} data-testid="backups-restore-file">
                Restore from a file…
              </Button>
              {status?.undoable ? (
                <Button variant="ghost" onClick={() => void undo()} data-testid="backups-undo-restore">
                  Undo the last restore
                </Button>
              ) : null}
            </div>
          </section>
          <section className="card settings-section" aria-labelledby="backups-list">
            <h2 id="backups-list">Verified backups</h2>
            <BackupList entries={list ?? []} now={now} time={time} onRestore={(entry) => setRestoring({ backupId: entry.id })} />
          </section>
        </div>
        <div className="stack">
          <section className="card settings-section" aria-labelledby="backups-schedule">
            <h2 id="backups-schedule">When</h2>
            <label className="checkbox">
              <input type="checkbox" checked={form.daily} onChange={(event) => set('daily')(event.target.checked)} data-testid="backups-daily" />
              <span>Every day at</span>
            </label>
            <TextField
              label="Time"
              type="time"
              value={form.dailyAt}
              onChange={set('dailyAt')}
              error={fields.dailyAt}
              testId="backups-daily-at"
              disabled={!form.daily}
            />
            <p className="field__hint">Also after every shift close, when Tillpoint quits, and before every update of the database.</p>
          </section>
          <section className="card settings-section" aria-labelledby="backups-second">
            <h2 id="backups-second">Second folder</h2>
            <TextField
              label="Folder"
              value={form.secondFolder}
              onChange={() => undefined}
              readOnly
              error={fields.secondFolderToken}
              testId="backups-second-folder"
              placeholder="None: choose a USB stick, a network share or a synced cloud folder"
              spellCheck={false}
              hint={
                status?.secondFolder && !status.secondFolder.reachable ? (
                  <span className="field__error" data-testid="backups-second-unreachable">
                    Not reachable now: is the stick plugged in, the share online?
                  </span>
                ) : undefined
              }
            />
            <div className="row row--wrap">
              <Button size="small" onClick={() => void chooseFolder()} data-testid="backups-choose-folder">
                Choose folder…
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
                  No second folder
                </Button>
              ) : null}
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={form.encrypt} onChange={(event) => set('encrypt')(event.target.checked)} data-testid="backups-encrypt" />
              <span>Encrypt the copies there with a passphrase</span>
            </label>
            {form.encrypt ? (
              <TextField
                label={saved.encrypted ? 'New passphrase' : 'Passphrase'}
                type="password"
                autoComplete="off"
                value={form.passphrase}
                onChange={set('passphrase')}
                error={fields.passphrase}
                testId="backups-passphrase"
                placeholder={saved.encrypted ? 'Leave empty to keep the stored one' : 'At least 8 characters: write it down, it cannot be recovered'}
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
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="backups-empty">
        No backup yet. "Back up now" makes the first.
      </p>
    )
  return (
    <table className="backup-table" data-testid="backups-table">
      <thead>
        <tr>
          <th>When</th>
          <th>Why</th>
          <th>Size</th>
          <th>Where</th>
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
              <Badge tone="success">Verified</Badge> {entry.place === 'local' ? 'This PC' : 'Second folder'}
              {entry.encrypted ? ' (encrypted)' : ''}
            </td>
            <td>
              <Button size="small" variant="ghost" onClick={() => onRestore(entry)} data-testid="backups-restore">
                Restore…
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
