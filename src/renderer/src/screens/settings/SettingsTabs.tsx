import { useState } from 'react'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { openSettingsTab, SETTINGS_TABS, type SettingsTab } from './settings-tabs'

/** Shop | Printers | Sync, under the Settings title. Leaving a tab with unsaved edits asks first. */
export function SettingsTabs({ current, dirty = false }: { current: SettingsTab; dirty?: boolean }) {
  const [leavingFor, setLeavingFor] = useState<(typeof SETTINGS_TABS)[number] | null>(null)
  return (
    <>
      <div className="settings-tabs" role="tablist" aria-label="Settings">
        {SETTINGS_TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            className="settings-tabs__tab"
            onClick={() => {
              if (tab.id === current) return
              if (dirty) setLeavingFor(tab)
              else openSettingsTab(tab.id)
            }}
            data-testid={`settings-tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {leavingFor ? (
        <Dialog
          title="Leave without saving?"
          onClose={() => setLeavingFor(null)}
          testId="settings-leave"
          footer={
            <>
              <Button onClick={() => setLeavingFor(null)} data-testid="settings-leave-stay">
                Keep editing
              </Button>
              <Button variant="danger" onClick={() => openSettingsTab(leavingFor.id)} data-testid="settings-leave-discard">
                Discard changes
              </Button>
            </>
          }
        >
          <p>The changes on this tab are not saved. Discard them and open {leavingFor.label}?</p>
        </Dialog>
      ) : null}
    </>
  )
}
