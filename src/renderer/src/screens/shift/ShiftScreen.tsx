import { useState } from 'react'
import type { XReport, ZReport } from '../../../../shared/shifts'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { ScreenHeader } from '../../components/ScreenHeader'
import { SegmentedControl } from '../../components/SegmentedControl'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { CashMovementDialog } from './CashMovementDialog'
import { CloseShiftDialog } from './CloseShiftDialog'
import { OpenShiftDialog } from './OpenShiftDialog'
import { ShiftFiguresTable } from './ShiftFiguresTable'
import { ZHistory } from './ZHistory'
import { ZPreview } from './ZPreview'
import './shift.css'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../../i18n/use-locale'

type ShiftDialog = { kind: 'open' | 'close' | 'paid_in' | 'paid_out' | 'no_sale' } | { kind: 'z'; number: number; firstPrint: boolean }

const LIVE = ['shift.changed', 'order.changed'] as const

/** The till's cash shift: open it with a float, move cash, read the X report, close blind, and the Z history. */
export function ShiftScreen() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const money = useFormatMoney()
  const [dialog, setDialog] = useState<ShiftDialog | null>(null)
  const [view, setView] = useState<'x' | 'z'>('x')
  const state = useLiveQuery(() => window.api.shifts.state(), [], LIVE)
  const open = state.data?.open ?? null
  const x = useLiveQuery<XReport | null>(async () => (open ? window.api.shifts.xReport() : { ok: true as const, data: null }), [open?.id], LIVE)
  const when = (at: number) => new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone }).format(at)
  const close = () => setDialog(null)
  const closed = (z: ZReport) => setDialog({ kind: 'z', number: z.number, firstPrint: true })
  const subtitle = open ? (
    <span data-testid="shift-since">{t('shift.openSince', { at: when(open.openedAt), name: open.openedBy.name, float: money(open.float.total) })}</span>
  ) : (
    <span data-testid="shift-since">{state.data?.lastZ ? t('shift.noShiftOpenLastZ', { lastZ: state.data.lastZ }) : t('shift.noShiftOpen')}</span>
  )
  return (
    <div className="screen shift-screen" data-testid="shift-screen">
      <ScreenHeader title={t('z.shift')} subtitle={subtitle}>
        {open ? (
          <>
            <Button onClick={() => setDialog({ kind: 'paid_in' })} data-testid="shift-paid-in">
              {t('z.paidIn')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'paid_out' })} data-testid="shift-paid-out">
              {t('z.paidOut')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'no_sale' })} data-testid="shift-no-sale">
              {t('z.noSale')}
            </Button>
            <Button variant="primary" onClick={() => setDialog({ kind: 'close' })} data-testid="shift-close">
              {t('shift.closeShift')}
            </Button>
          </>
        ) : state.data ? (
          <Button variant="primary" onClick={() => setDialog({ kind: 'open' })} data-testid="shift-open">
            {t('shift.openShift')}
          </Button>
        ) : null}
      </ScreenHeader>
      <ErrorNotice error={state.error ?? x.error} testId="shift-error" />
      <SegmentedControl
        label={t('shift.show')}
        value={view}
        onChange={setView}
        choices={[
          { value: 'x', label: t('shift.xReport') },
          { value: 'z', label: t('shift.zReports') }
        ]}
        testId="shift-view"
      />
      {view === 'x' ? (
        x.data ? (
          <div className="stack" data-testid="x-report">
            <p className="muted" data-testid="x-report-at">
              {t('shift.xReportAt', { at: when(x.data.at), openedAt: when(x.data.openedAt) })}
            </p>
            <ShiftFiguresTable figures={x.data} testId="x-report-figures" />
          </div>
        ) : (
          <p className="muted">{t('shift.openToSee')}</p>
        )
      ) : (
        <ZHistory onOpen={(number) => setDialog({ kind: 'z', number, firstPrint: false })} />
      )}
      {dialog?.kind === 'open' ? <OpenShiftDialog onClose={close} onOpened={close} /> : null}
      {dialog?.kind === 'close' ? <CloseShiftDialog lastCount={state.data?.lastCount ?? null} onClose={close} onClosed={closed} /> : null}
      {dialog?.kind === 'paid_in' || dialog?.kind === 'paid_out' || dialog?.kind === 'no_sale' ? (
        <CashMovementDialog kind={dialog.kind} onClose={close} />
      ) : null}
      {dialog?.kind === 'z' ? (
        <Dialog title={t('z.title', { number: dialog.number })} onClose={close} testId="z-dialog" width="wide">
          <ZPreview number={dialog.number} firstPrint={dialog.firstPrint} />
        </Dialog>
      ) : null}
    </div>
  )
}
