import { useNavStore } from '../stores/nav-store'
import { Button } from './Button'
import { Dialog } from './Dialog'

/** Asked when the shopkeeper moves away from edits not saved yet: keep editing, or discard them. */
export function LeaveUnsavedDialog() {
  const leavingFor = useNavStore((state) => state.leavingFor)
  const stay = useNavStore((state) => state.stay)
  const leave = useNavStore((state) => state.leave)
  if (!leavingFor) return null
  return (
    <Dialog
      title="Leave without saving?"
      onClose={stay}
      testId="leave-unsaved"
      footer={
        <>
          <Button onClick={stay} data-testid="leave-unsaved-stay">
            Keep editing
          </Button>
          <Button variant="danger" onClick={leave} data-testid="leave-unsaved-discard">
            Discard changes
          </Button>
        </>
      }
    >
      <p>The changes here are not saved. Discard them and go on?</p>
    </Dialog>
  )
}
