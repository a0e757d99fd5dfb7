import type { SaveDialogRequest, SavePathChoice } from '../../shared/files'
import { AppError } from '../core/app-error'

/** Shows a save dialog and answers the chosen absolute path, or null when it was cancelled. */
export type SaveDialog = (request: SaveDialogRequest) => Promise<string | null>

export interface SavePaths {
  /** Asks where to save through the dialog in use; refused where there is none. */
  choose(request: SaveDialogRequest): Promise<SavePathChoice>
  /** The app uses Electron's dialog from the start; the browser harness and the tools set their own. */
  use(dialog: SaveDialog): void
}

export function createSavePaths(initial?: SaveDialog): SavePaths {
  let dialog = initial
  return {
    use(next) {
      dialog = next
    },
    async choose(request) {
      if (!dialog) {
        throw new AppError('FORBIDDEN', 'Choosing where to save a file works only in the Tillpoint app window.', { details: { reason: 'no_dialog' } })
      }
      const path = await dialog(request)
      if (path === null) return { path: null }
      // Some desktops let the name be typed without its extension; the file kind is not optional.
      return { path: path.toLowerCase().endsWith(`.${request.kind}`) ? path : `${path}.${request.kind}` }
    }
  }
}
