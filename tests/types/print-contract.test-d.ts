import { describe, expectTypeOf, it } from 'vitest'
import type { EventPayload, InputOf, OutputOf, TillpointApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import type { PrintChange, PrintJob, PrintPreview, PrintSettings, PrintSettingsPatch, SavedPdf, SystemPrinter } from '../../src/shared/print'

describe('the print contract', () => {
  it('locks the print channels and event', () => {
    expectTypeOf<OutputOf<'print.getSettings'>>().toEqualTypeOf<PrintSettings>()
    expectTypeOf<InputOf<'print.updateSettings'>>().toEqualTypeOf<PrintSettingsPatch>()
    expectTypeOf<OutputOf<'print.listPrinters'>>().toEqualTypeOf<SystemPrinter[]>()
    expectTypeOf<OutputOf<'print.preview'>>().toEqualTypeOf<PrintPreview>()
    expectTypeOf<InputOf<'print.printOrder'>>().toEqualTypeOf<{ orderId: number; document: 'receipt' | 'slip' | 'both'; reprint?: boolean | undefined }>()
    expectTypeOf<OutputOf<'print.printOrder'>>().toEqualTypeOf<PrintJob[]>()
    expectTypeOf<OutputOf<'print.savePdf'>>().toEqualTypeOf<SavedPdf>()
    expectTypeOf<OutputOf<'print.queue'>>().toEqualTypeOf<PrintJob[]>()
    expectTypeOf<InputOf<'print.retry'>>().toEqualTypeOf<{ jobId: number }>()
    expectTypeOf<OutputOf<'print.cancelJob'>>().toEqualTypeOf<PrintJob>()
    expectTypeOf<TillpointApi['print']['testPage']>().returns.toEqualTypeOf<Promise<Result<PrintJob>>>()
    expectTypeOf<EventPayload<'print.changed'>>().toEqualTypeOf<PrintChange>()
  })
})
