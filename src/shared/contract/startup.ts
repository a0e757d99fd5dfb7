import type { StartupProblem } from '../startup'
import { channel, returns } from './define'
import { noInput } from './settings'

/**
 * The start-up screen. While the database cannot be opened these are the only channels answered
 * (every other is refused with the problem's code); once it is open, `startup.problem` is null.
 */
export const startupChannels = {
  /** What is wrong with the database, the newest good backup and where the file is; null when it opened. */
  'startup.problem': channel(noInput, returns<StartupProblem | null>(), 'lock-screen'),
  /** Checks the newest good backup again, moves the damaged file aside (kept), puts the backup in its place and opens it. */
  'startup.restoreNewest': channel(noInput, returns<{ started: boolean }>(), 'backups.restore'),
  /** Shows the database file in the system's file manager. */
  'startup.showFile': channel(noInput, returns<{ shown: boolean }>(), 'lock-screen'),
  /** Looks again (the folder made writable, space freed, Tillpoint updated) and opens the database if it now can. */
  'startup.tryAgain': channel(noInput, returns<{ started: boolean }>(), 'lock-screen')
}
