import { SCREEN_IDS } from '../screens/screen-ids'
import { SCREENS } from '../screens/screens'
import { Dialog } from './Dialog'
import { Kbd } from './Kbd'

type Shortcut = readonly [keys: readonly string[], what: string]

const SECTIONS: ReadonlyArray<{ title: string; keys: readonly Shortcut[] }> = [
  {
    title: 'Everywhere',
    keys: [
      [['F1'], 'This list (or ?)'],
      [['Escape'], 'Close the window on top'],
      ...SCREEN_IDS.map((id, index): Shortcut => [[`Alt+${index + 1}`], `Open ${SCREENS[id].label}`])
    ]
  },
  {
    title: 'Sell',
    keys: [
      [['F2'], 'Search, or type a code'],
      [['Enter'], 'Sell the first match'],
      [['2', '*'], 'Sell the next item twice (any number, then *)'],
      [['Ctrl+Backspace'], 'Void the line just added or changed'],
      [['Ctrl+D'], 'One more of the line just added or changed'],
      [['F3'], 'Customer'],
      [['F4'], 'Pay'],
      [['F6'], 'Discount'],
      [['F7'], 'Coupon'],
      [['F8'], 'Park the sale'],
      [['F9'], 'Parked sales']
    ]
  },
  {
    title: 'Payment',
    keys: [
      [['F6'], 'Cash'],
      [['F7'], 'Card'],
      [['F8'], 'Other'],
      [['F9'], 'Split: add a payment'],
      [['F4'], 'Complete the sale']
    ]
  },
  {
    title: 'Sale complete',
    keys: [
      [['Enter'], 'New sale'],
      [['P'], 'Print the receipt'],
      [['S'], 'Print the order slip (pickup and delivery)'],
      [['V'], 'Preview']
    ]
  },
  {
    title: 'Orders and Products',
    keys: [
      [['F2'], 'Search'],
      [['Ctrl+E'], 'Export orders as CSV'],
      [['F8'], 'Return items of the open order'],
      [['Alt+N'], 'New product']
    ]
  }
]

/** Every key the till answers to, by where it works (F1 or ? from anywhere). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts" width="wide">
      <div className="shortcuts">
        {SECTIONS.map((section) => (
          <section key={section.title} className="shortcuts__section" aria-label={section.title}>
            <h3>{section.title}</h3>
            <dl className="shortcuts__list">
              {section.keys.map(([keys, what]) => (
                <div key={`${keys.join(' ')} ${what}`} className="shortcuts__row">
                  <dt className="shortcuts__keys">
                    {keys.map((key) => (
                      <Kbd key={key} hotkey={key} />
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
