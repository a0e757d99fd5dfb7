import type { AppContext } from '../core/app-context'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { chooseSavePath } from './save-dialog'

export function filesHandlers(app: AppContext): HandlerMap<ChannelsOf<'files'>> {
  return {
    'files.chooseSavePath': (request) => chooseSavePath(app, request)
  }
}
