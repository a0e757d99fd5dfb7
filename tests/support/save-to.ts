import type { SaveFileKind } from '../../src/shared/files'
import type { TestTill, TillWindow } from './test-till'

/**
 * Stands in for the shopkeeper choosing `path` in the save dialog of this window, and answers the
 * one-time token the write channels take (as the renderer gets it from files.chooseSavePath).
 */
export async function chooseSaveTo(
  till: TestTill,
  path: string,
  kind: SaveFileKind = path.toLowerCase().endsWith('.pdf') ? 'pdf' : 'csv',
  window: Pick<TillWindow, 'ok'> = till
): Promise<string> {
  till.services.savePaths.use(async () => path)
  const { saveToken } = await window.ok('files.chooseSavePath', { title: 'Save', suggestedName: `file.${kind}`, kind })
  if (!saveToken) throw new Error('the stand-in dialog chose no path')
  return saveToken
}
