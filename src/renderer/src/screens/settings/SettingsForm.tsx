import { useRef, type ReactNode } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Permission } from '../../../../shared/permissions'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { useFocusFirstInvalid } from '../../lib/use-focus-first-invalid'
import { useUnsavedEdits } from '../../lib/use-unsaved-edits'
import { useMissingPermission } from '../../stores/session-store'
import type { SettingsTab } from './settings-tabs'
import { SettingsTabs } from './SettingsTabs'
import { useTranslation } from 'react-i18next'

interface SettingsFormProps {
  tab: SettingsTab
  subtitle: string
  saveLabel: string
  dirty: boolean
  onDiscard(): void
  onSave(): void
  /** The save is running. */
  saving: boolean
  /** Something else of the tab's is running (a test page, removing a token): neither button acts. */
  otherBusy?: boolean
  error: AppErrorData | null
  /** Fields whose errors show beside them; the notice names the others. */
  shownFields: RegExp
  testIds: { form?: string; discard: string; save: string; error: string }
  className?: string
  /** What saving this tab needs: without it the tab shows, read-only, with the reason. */
  requires?: Permission
  /** The tab makes its own fields read-only with ReadOnlyFields (it holds a control anyone may use). */
  ownReadOnly?: boolean
  children: ReactNode
}

/** Every control inside disabled while `when`: a fieldset laid out as if it were not there. */
export function ReadOnlyFields({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? (
    <fieldset disabled className="settings-form__read-only">
      {children}
    </fieldset>
  ) : (
    children
  )
}

/**
 * A Settings tab's frame: title, Discard and Save (Ctrl+S), the tabs, what was refused, then its
 * sections. Leaving it (another tab, another screen) with unsaved edits asks first.
 */
export function SettingsForm({
  tab,
  subtitle,
  saveLabel,
  dirty,
  onDiscard,
  onSave,
  saving,
  otherBusy = false,
  error,
  shownFields,
  testIds,
  className = 'screen',
  requires,
  ownReadOnly = false,
  children
}: SettingsFormProps) {
  const { t } = useTranslation()
  const missing = useMissingPermission(requires ?? 'settings.edit')
  const readOnly = requires !== undefined && missing !== undefined
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, error)
  useUnsavedEdits(dirty)
  return (
    <form
      ref={formRef}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
      data-testid={testIds.form}
    >
      <ScreenHeader title={t('settings.settings')} subtitle={subtitle}>
        <Button onClick={onDiscard} disabled={!dirty || saving || otherBusy} data-testid={testIds.discard}>
          {t('settings.discardChanges')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          hotkey="Ctrl+S"
          busy={saving}
          disabled={!dirty || otherBusy || readOnly}
          title={readOnly ? missing : undefined}
          data-testid={testIds.save}
        >
          {saveLabel}
        </Button>
      </ScreenHeader>
      <SettingsTabs current={tab} />
      <ErrorNotice error={error} testId={testIds.error} shownFields={shownFields} />
      {readOnly ? (
        <p className="notice notice--info" data-testid="settings-permission-note">
          {missing}
        </p>
      ) : null}
      <ReadOnlyFields when={readOnly && !ownReadOnly}>{children}</ReadOnlyFields>
    </form>
  )
}
