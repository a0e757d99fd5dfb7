/**
 * Child process for the kill -9 backup test: opens the till database given as argv[2] and takes a
 * backup by hand, one page per step, printing each progress report ("progress <phase> <fraction>")
 * so the test can kill it at the moment it wants. Prints "done" if it is not killed first.
 */
import type { BackupProgress } from '../../src/shared/backups'
import { startTillpoint, TOOL_WINDOW } from '../../src/main/tillpoint'

const dbPath = process.argv[2]
if (!dbPath) throw new Error('usage: backup-child.ts <database file>')
const till = startTillpoint({ dbPath, backups: { pagesPerStep: 1 }, logError: (channel, error) => console.error(channel, error) })
till.context.bus.subscribe((name, payload) => {
  if (name === 'backups.progress') {
    const { progress } = payload as { progress: BackupProgress }
    process.stdout.write(`progress ${progress.phase} ${progress.fraction}\n`)
  }
})
void till.dispatch('backups.now', { input: undefined }, TOOL_WINDOW).then(async (result) => {
  process.stdout.write(result.ok ? 'done\n' : `refused ${result.error.code}\n`)
  await till.close()
})
