import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import type { JournalService } from './journal-service'

export function journalHandlers(journal: JournalService): HandlerMap<ChannelsOf<'journal'>> {
  return {
    'journal.list': (input) => journal.list(input),
    'journal.get': ({ seq }) => journal.get(seq),
    'journal.verify': () => journal.verify(),
    'journal.exportArchive': (input) => journal.exportArchive(input ?? {})
  }
}
