import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { SavePaths } from './save-dialog'

export function filesHandlers(savePaths: SavePaths): HandlerMap<ChannelsOf<'files'>> {
  return {
    'files.chooseSavePath': (request, call) => savePaths.choose(call.window, request)
  }
}
