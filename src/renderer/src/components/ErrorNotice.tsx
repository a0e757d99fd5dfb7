import type { AppErrorData } from '../../../shared/errors'
import { showError } from '../lib/errors'
import { useTranslation } from 'react-i18next'

interface ErrorNoticeProps {
  error: AppErrorData | null
  testId?: string
  /** Paths the form shows beside their fields: those problems are not repeated here. */
  shownFields?: RegExp
  onDismiss?(): void
}

/** A refusal as a sentence the shopkeeper understands, with the code kept small for support. */
export function ErrorNotice({ error, testId = 'error-notice', shownFields, onDismiss }: ErrorNoticeProps) {
  const { t } = useTranslation()
  if (!error) return null
  const unshown = shownFields && error.issues ? error.issues.filter((issue) => !shownFields.test(issue.path)) : error.issues
  if (error.issues && error.issues.length > 0 && unshown && unshown.length === 0) return null
  const { sentence, code } = showError(unshown === error.issues ? error : { ...error, issues: unshown ?? [] })
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p className="notice__sentence" data-testid={`${testId}-sentence`}>
        {sentence}
      </p>
      <span className="notice__code" data-testid={`${testId}-code`} title={t('errors.codeTitle')}>
        {code}
      </span>
      {onDismiss ? (
        <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
          <span>{t('common.dismiss')}</span>
        </button>
      ) : null}
    </div>
  )
}
