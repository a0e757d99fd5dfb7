import type { SaveDialogRequest, SavePathChoice } from '../../shared/files'
import type { AppContext } from '../core/app-context'
import { AppError } from '../core/app-error'

/** Shows a save dialog and answers the chosen absolute path, or null when it was cancelled. */
export type SaveDialog = (request: SaveDialogRequest) => Promise<string | null>

const dialogs = new WeakMap<AppContext, SaveDialog>()

/** The app installs Electron's dialog; the browser harness and the tools install their own. */
export function installSaveDialog(app: AppContext, dialog: SaveDialog): void {
  dialogs.set(app, dialog)
}

export async function chooseSavePath(app: AppContext, request: SaveDialogRequest): Promise<SavePathChoice> {
  const dialog = dialogs.get(app)
  if (!dialog) {
    throw new AppError('FORBIDDEN', 'Choosing where to save a file works only in the Tillpoint app window.', { details: { reason: 'no_dialog' } })
  }
  const path = await dialog(request)
  if (path === null) return { path: null }
  // Some desktops let the name be typed without its extension; the file kind is not optional.
  return { path: path.toLowerCase().endsWith(`.${request.kind}`) ? path : `${path}.${request.kind}` }
}
