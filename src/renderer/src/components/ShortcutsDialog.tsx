import { SCREEN_IDS } from '../screens/screen-ids'
import { useTranslation } from 'react-i18next'
import type { ScreenId } from '../screens/screen-ids'
import { Dialog } from './Dialog'
import { Kbd } from './Kbd'

type Shortcut = readonly [keys: readonly string[], what: ShortcutWord]
type ShortcutWord = keyof CatalogKeys['shortcuts']['key'] | { screen: ScreenId }
type CatalogKeys = typeof import('../../../shared/i18n/locales/en.json')

const SECTIONS: ReadonlyArray<{ title: keyof CatalogKeys['shortcuts']['section']; keys: readonly Shortcut[] }> = [
  {
    title: 'everywhere',
    keys: [[['F1'], 'thisList'], [['Escape'], 'closeTop'], ...SCREEN_IDS.map((id, index): Shortcut => [[`Alt+${index + 1}`], { screen: id }])]
  },
  {
    title: 'sell',
    keys: [
      [['F2'], 'search'],
      [['Enter'], 'sellFirst'],
      [['2', '*'], 'sellTwice'],
      [['Ctrl+Backspace'], 'voidLine'],
      [['Ctrl+D'], 'oneMore'],
      [['F3'], 'customer'],
      [['F4'], 'pay'],
      [['F6'], 'discount'],
      [['F7'], 'coupon'],
      [['F8'], 'park'],
      [['F9'], 'parked']
    ]
  },
  {
    title: 'payment',
    keys: [
      [['F6'], 'cash'],
      [['F7'], 'card'],
      [['F8'], 'other'],
      [['F9'], 'split'],
      [['F4'], 'complete']
    ]
  },
  {
    title: 'saleComplete',
    keys: [
      [['Enter'], 'newSale'],
      [['P'], 'printReceipt'],
      [['S'], 'printSlip'],
      [['V'], 'preview']
    ]
  },
  {
    title: 'ordersProducts',
    keys: [
      [['F2'], 'searchList'],
      [['Ctrl+E'], 'exportOrders'],
      [['F8'], 'returnItems'],
      [['Alt+N'], 'newProduct']
    ]
  }
]

/** Every key the till answers to, by where it works (F1 or ? from anywhere). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const words = (what: ShortcutWord) => (typeof what === 'string' ? t(`shortcuts.key.${what}`) : t('shortcuts.open', { screen: t(`nav.${what.screen}`) }))
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts" width="wide">
      <div className="shortcuts">
        {SECTIONS.map((section) => (
          <section key={section.title} className="shortcuts__section" aria-label={t(`shortcuts.section.${section.title}`)}>
            <h3>{t(`shortcuts.section.${section.title}`)}</h3>
            <dl className="shortcuts__list">
              {section.keys.map(([keys, what]) => (
                <div key={keys.join(' ')} className="shortcuts__row">
                  <dt className="shortcuts__keys">
                    {keys.map((key) => (
                      <Kbd key={key} hotkey={key} />
                    ))}
                  </dt>
                  <dd>{words(what)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
