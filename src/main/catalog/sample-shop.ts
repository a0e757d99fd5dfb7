import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Caller } from '../core/command'
import type { CsvImportResult } from '../../shared/catalog-import'
import type { AppContext } from '../core/app-context'
import { AppError, englishReason } from '../core/app-error'
import { readSettings } from '../settings/settings-store'
import { isCatalogEmpty } from './catalog-queries'
import { importCatalogCsv, type ImportPricing } from './csv-import'

export const SAMPLE_SHOP_FILE = 'sample-shop.csv'

/** The sample's prices are written with 2 decimals; other currencies get the same digits scaled (2.50 -> 250 yen). */
function samplePricing(currencyDigits: number): ImportPricing {
  return { digits: 2, factor: currencyDigits >= 2 ? 10 ** (currencyDigits - 2) : 1, locale: 'en' }
}

/** Fills an empty catalog with the sample shop through the CSV importer; refuses once any product exists. */
export async function loadSampleShop(app: AppContext, caller: Caller): Promise<CsvImportResult> {
  if (!app.resourcesDir) throw new Error('Tillpoint was started without its resources folder')
  const csv = await readFile(join(app.resourcesDir, SAMPLE_SHOP_FILE), 'utf8')
  const { currencyDigits } = await readSettings(app.db)
  const result = await importCatalogCsv(app, caller, { csv, mode: 'all-or-nothing', dryRun: false }, samplePricing(currencyDigits), async (scope) => {
    if (!(await isCatalogEmpty(scope.trx))) {
      throw new AppError('CONFLICT', 'The sample shop can only be loaded into an empty catalog.')
    }
  })
  if (!result.imported) {
    const first = result.errors[0]
    throw new Error(`The sample shop file has bad rows${first ? `, first on line ${first.line}: ${englishReason(first.reason)}` : ''}`)
  }
  return result
}
