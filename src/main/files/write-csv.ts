import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { stringify } from 'csv-stringify'
import { AppError } from '../core/app-error'
import { EXCEL_CSV_OPTIONS } from './excel-csv'

/**
 * Streams records to a CSV file with a header row, Excel-safe (BOM, formulas neutralized). It is written beside the destination and
 * renamed into place at the end, so a failed export leaves no half file; a folder that cannot be
 * written answers with a code, not a crash.
 */
export async function writeCsvFile<K extends string>(
  path: string,
  records: AsyncIterable<Record<K, string | number>> | Iterable<Record<K, string | number>>,
  columns: readonly K[]
): Promise<void> {
  const partial = `${path}.partial`
  try {
    await pipeline(Readable.from(records), stringify({ ...EXCEL_CSV_OPTIONS, header: true, columns: [...columns] }), createWriteStream(partial))
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'EROFS', 'ENOSPC'].includes(code)) {
      throw new AppError('VALIDATION', 'Tillpoint cannot write the file there. Choose another folder.', {
        issues: [{ path: 'path', message: 'Cannot write here' }],
        details: { reason: code }
      })
    }
    throw error
  }
}
