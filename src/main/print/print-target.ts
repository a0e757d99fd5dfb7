import type { PrintSettings } from '../../shared/print'
import type { NewPrintJob } from './print-jobs-store'
import type { NetworkPrinterAddress } from './network-printer'

/** How a job names the system's default printer (the OS picks it when the job prints). */
export const DEFAULT_SYSTEM_PRINTER = 'System default printer'

/** Where jobs go under these settings, or null when no printer is set up. */
export function printTarget(settings: PrintSettings): Pick<NewPrintJob, 'printerKind' | 'target'> | null {
  switch (settings.printerKind) {
    case 'none':
      return null
    case 'system':
      return { printerKind: 'system', target: settings.systemPrinterName || DEFAULT_SYSTEM_PRINTER }
    case 'network': {
      const host = settings.networkHost.includes(':') ? `[${settings.networkHost}]` : settings.networkHost
      return { printerKind: 'network', target: `${host}:${settings.networkPort}` }
    }
    default: {
      const unknown: never = settings.printerKind
      throw new Error(`Unknown printer kind ${String(unknown)}`)
    }
  }
}

export function systemDeviceName(target: string): string {
  return target === DEFAULT_SYSTEM_PRINTER ? '' : target
}

/** "192.168.1.50:9100" or "[fe80::1]:9100" back to host and port. */
export function networkAddress(target: string): NetworkPrinterAddress {
  const colon = target.lastIndexOf(':')
  const host = target.slice(0, colon).replace(/^\[(.*)\]$/, '$1')
  return { host, port: Number(target.slice(colon + 1)) }
}
