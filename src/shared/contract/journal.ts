import {
  journalArchiveSchema,
  journalListSchema,
  journalSeqSchema,
  type JournalArchiveResult,
  type JournalEntryDetail,
  type JournalPage,
  type JournalProgress,
  type JournalVerdict
} from '../journal'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const journalChannels = {
  /** The newest entries first, filtered by staff, command, order or time. */
  'journal.list': channel(journalListSchema, returns<JournalPage>(), 'journal.view'),
  'journal.get': channel(journalSeqSchema, returns<JournalEntryDetail>(), 'journal.view'),
  /** Walks the whole chain and every order against it; `journal.verifyProgress` reports how far. */
  'journal.verify': channel(noInput, returns<JournalVerdict>(), 'journal.view'),
  /** Writes a signed ZIP of the period's entries into the till's archives folder. */
  'journal.exportArchive': channel(journalArchiveSchema, returns<JournalArchiveResult>(), 'journal.view')
}

export const journalEvents = {
  'journal.verifyProgress': event<JournalProgress>()
}
