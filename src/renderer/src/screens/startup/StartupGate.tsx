import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartupProblem } from '../../../../shared/startup'
import { call } from '../../lib/call'
import { StartupProblemScreen } from './StartupProblemScreen'

/**
 * Asks main first whether the database opened: when it did not, the start-up screen shows instead
 * of the app (whose every call would be refused). A failed question lets the app try, and show its error.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<StartupProblem | null | undefined>(undefined)
  useEffect(() => {
    void call(() => window.api.startup.problem()).then((result) => setProblem(result.ok ? result.data : null))
  }, [])
  if (problem === undefined)
    return (
      <div className="splash" data-testid="opening">
        {t('app.opening')}
      </div>
    )
  if (problem) return <StartupProblemScreen problem={problem} onProblem={setProblem} />
  return children
}
