import { useRef, type ReactNode } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ScreenHeader } from '../../components/ScreenHeader'
import { useFocusFirstInvalid } from '../../lib/use-focus-first-invalid'
import { useUnsavedEdits } from '../../lib/use-unsaved-edits'
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
  children: ReactNode
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
  children
}: SettingsFormProps) {
  const { t } = useTranslation()
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
        <Button type="submit" variant="primary" hotkey="Ctrl+S" busy={saving} disabled={!dirty || otherBusy} data-testid={testIds.save}>
          {saveLabel}
        </Button>
      </ScreenHeader>
      <SettingsTabs current={tab} />
      <ErrorNotice error={error} testId={testIds.error} shownFields={shownFields} />
      {children}
    </form>
  )
}
