import { useTranslation } from 'react-i18next'
import { useNavStore } from '../stores/nav-store'
import { Button } from './Button'
import { Dialog } from './Dialog'

/** Asked when the shopkeeper moves away from edits not saved yet: keep editing, or discard them. */
export function LeaveUnsavedDialog() {
  const { t } = useTranslation()
  const leavingFor = useNavStore((state) => state.leavingFor)
  const stay = useNavStore((state) => state.stay)
  const leave = useNavStore((state) => state.leave)
  if (!leavingFor) return null
  return (
    <Dialog
      title={t('leaveUnsaved.title')}
      onClose={stay}
      testId="leave-unsaved"
      footer={
        <>
          <Button onClick={stay} data-testid="leave-unsaved-stay">
            {t('leaveUnsaved.stay')}
          </Button>
          <Button variant="danger" onClick={leave} data-testid="leave-unsaved-discard">
            {t('leaveUnsaved.discard')}
          </Button>
        </>
      }
    >
      <p>{t('leaveUnsaved.body')}</p>
    </Dialog>
  )
}
