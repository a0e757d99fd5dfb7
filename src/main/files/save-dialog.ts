import type { SaveDialogRequest, SavePathChoice } from '../../shared/files'
import { AppError } from '../core/app-error'
import type { Clock } from '../core/clock'
import { createSaveGrants, type SaveGrants } from './save-grants'

/** Shows a save dialog and answers the chosen absolute path, or null when it was cancelled. */
export type SaveDialog = (request: SaveDialogRequest) => Promise<string | null>

export interface SavePaths extends Pick<SaveGrants, 'redeem'> {
  /** Asks where to save through the dialog in use, for this window; refused where there is none. */
  choose(window: number, request: SaveDialogRequest): Promise<SavePathChoice>
  /** The app uses Electron's dialog from the start; the browser harness and the tools set their own. */
  use(dialog: SaveDialog): void
}

export function createSavePaths(clock: Clock, initial?: SaveDialog): SavePaths {
  let dialog = initial
  const grants = createSaveGrants(clock)
  return {
    use(next) {
      dialog = next
    },
    redeem: grants.redeem,
    async choose(window, request) {
      if (!dialog) {
        throw new AppError('FORBIDDEN', 'Choosing where to save a file works only in the Tillpoint app window.', { details: { reason: 'no_dialog' } })
      }
      const path = await dialog(request)
      if (path === null) return { path: null, saveToken: null }
      // Some desktops let the name be typed without its extension; the file kind is not optional.
      const chosen = path.toLowerCase().endsWith(`.${request.kind}`) ? path : `${path}.${request.kind}`
      return { path: chosen, saveToken: grants.grant(window, request.kind, chosen) }
    }
  }
}
