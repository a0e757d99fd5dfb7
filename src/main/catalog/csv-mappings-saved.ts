import type { Caller } from '../core/command'
import type { CsvImportProgress, CsvInspection } from '../../shared/catalog-import'
import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { Db } from '../db/schema'
import { headerKey } from './csv-mapping'
import { inspection, readCsvSource } from './csv-source'

/** The mapping step's start: what the file is, and each column's field (saved, vendor's or by name). */
export async function inspectCatalogCsv(
  db: Db,
  input: { bytes: Uint8Array },
  locale: string,
  onProgress: (progress: CsvImportProgress) => void = () => undefined
): Promise<CsvInspection> {
  return inspection(await readCsvSource(db, input, locale, (done, total) => onProgress({ stage: 'reading', done, total })))
}

/** Keeps the shopkeeper's mapping for the next file with the same headers. */
export function saveImportMapping(app: AppContext, caller: Caller, input: { headers: string[]; mapping: Array<string | null> }): Promise<{ saved: true }> {
  return runCommand(app, caller, async ({ trx, now }) => {
    const row = { header_key: headerKey(input.headers), mapping: JSON.stringify(input.mapping), saved_at: now }
    await trx
      .insertInto('csv_import_mappings')
      .values(row)
      .onConflict((conflict) => conflict.column('header_key').doUpdateSet({ mapping: row.mapping, saved_at: now }))
      .execute()
    return { saved: true as const }
  })
}
