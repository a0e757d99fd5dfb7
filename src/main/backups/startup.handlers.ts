import { AppError } from '../core/app-error'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'

/** Once the database is open the start-up screen has nothing to show: its restore is Settings → Backups. */
export function startupHandlers(): HandlerMap<ChannelsOf<'startup'>> {
  const opened = (): never => {
    throw new AppError('CONFLICT', 'The database opened normally: restore a backup in Settings → Backups if you need one.')
  }
  return {
    'startup.problem': async () => null,
    'startup.restoreNewest': async () => opened(),
    'startup.showFile': async () => opened(),
    'startup.tryAgain': async () => ({ started: true })
  }
}
