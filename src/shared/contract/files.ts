import { saveDialogSchema, type SavePathChoice } from '../files'
import { channel, returns } from './define'

export const filesChannels = {
  /**
   * Asks the shopkeeper where to save a file, in the system's save dialog, and answers the chosen
   * path (for `orders.exportCsv`, `print.savePdf`). The renderer cannot open that dialog itself.
   */
  'files.chooseSavePath': channel(saveDialogSchema, returns<SavePathChoice>(), 'none')
}
