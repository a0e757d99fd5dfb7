import { describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_SETTINGS, printSettingsSchema } from '../../../../shared/print'
import { printerFormOf, printerPatchOf, systemPrinterChoices } from './printer-form'

describe('printer form', () => {
  it('round-trips saved settings unchanged', () => {
    const settings = {
      ...DEFAULT_PRINT_SETTINGS,
      printerKind: 'network' as const,
      networkHost: '192.168.1.50',
      networkPort: 9101,
      silent: false,
      codePage: 'cp866' as const
    }
    const prepared = printerPatchOf(printerFormOf(settings))
    expect(prepared).toEqual({ patch: settings })
    if ('patch' in prepared) expect(printSettingsSchema.parse(prepared.patch)).toEqual(settings)
  })

  it('trims the host and reads the port as a number, leaving its range to the main process', () => {
    const form = { ...printerFormOf(DEFAULT_PRINT_SETTINGS), networkHost: '  printer.local ', networkPort: ' 99999 ' }
    expect(printerPatchOf(form)).toMatchObject({ patch: { networkHost: 'printer.local', networkPort: 99999 } })
  })

  it.each(['', 'nine', '91.5', '-1', '9100 9100'])('refuses the port %j beside its field', (networkPort) => {
    const prepared = printerPatchOf({ ...printerFormOf(DEFAULT_PRINT_SETTINGS), networkPort })
    expect(prepared).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'networkPort', message: 'Port is a whole number, usually 9100' }] } })
  })
})

describe('systemPrinterChoices', () => {
  const printers = [
    { name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' },
    { name: 'Office', displayName: '' }
  ]

  it('offers the default printer first, then each printer by its display name', () => {
    expect(systemPrinterChoices(printers, '')).toEqual([
      { value: '', label: 'The system’s default printer' },
      { value: 'EPSON_TM_T20', label: 'EPSON TM-T20' },
      { value: 'Office', label: 'Office' }
    ])
  })

  it('keeps a saved printer that is not found now, saying so', () => {
    expect(systemPrinterChoices(printers, 'Kitchen').at(-1)).toEqual({ value: 'Kitchen', label: 'Kitchen (not found now)' })
    expect(systemPrinterChoices(printers, 'Office')).toHaveLength(3)
  })
})
