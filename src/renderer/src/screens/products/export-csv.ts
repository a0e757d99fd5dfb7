import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { t } from '../../i18n/i18n'
import type { AppErrorData } from '../../../../shared/errors'

/** The file name the download gets: products-2026-03-02.csv. */
export function exportFileName(now: Date): string {
  return `products-${now.toISOString().slice(0, 10)}.csv`
}

/**
 * The renderer cannot write files: the main process answers with the CSV text and the page hands
 * it to the browser as a download (in Electron, a save dialog).
 */
export async function exportCatalog(formatCount: (value: number) => string): Promise<AppErrorData | null> {
  const result = await call(() => window.api.catalog.exportCsv())
  if (!result.ok) return result.error
  const url = URL.createObjectURL(new Blob([result.data.csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = exportFileName(new Date())
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  toast(
    t('products.exported', {
      count: result.data.productCount,
      variants: t('products.list.variantCount', { count: result.data.variantCount, n: formatCount(result.data.variantCount) })
    })
  )
  return null
}
