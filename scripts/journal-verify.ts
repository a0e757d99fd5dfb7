/**
 * `npm run journal:verify -- <till.sqlite | archive.zip> [--public-key key.pem]`: checks a till's
 * journal (the whole chain and every order against it) or a journal archive (signature, sums and
 * chain), without starting Tillpoint. Exit 0 intact, 1 broken, 2 could not check.
 */
import { readFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { verifyJournalArchive } from '../src/main/journal/journal-archive'
import { verifyJournal } from '../src/main/journal/verify-journal'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const keyIndex = args.indexOf('--public-key')
  const publicKey = keyIndex >= 0 ? readFileSync(args[keyIndex + 1] ?? '', 'utf8') : undefined
  const file = args.find((arg, index) => !arg.startsWith('--') && index !== keyIndex + 1)
  if (!file) {
    console.error('usage: npm run journal:verify -- <till.sqlite | archive.zip> [--public-key key.pem]')
    return 2
  }
  if (file.toLowerCase().endsWith('.zip')) {
    const verdict = verifyJournalArchive(new Uint8Array(readFileSync(file)), publicKey)
    if (verdict.intact) {
      console.log(`intact: archive of till ${verdict.tillId}, ${verdict.entries} entries, signature and sums good`)
      return 0
    }
    console.log(`BROKEN: ${verdict.problem.message}`)
    return 1
  }
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    let shown = 0
    const verdict = await verifyJournal(sqlite, {
      pause: async () => undefined,
      onProgress: ({ phase, done, total }) => {
        if (done - shown >= 100_000 || done === total) {
          shown = done
          process.stderr.write(`${phase}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}\n`)
        }
      }
    })
    const period = (at: number | null) => (at === null ? '-' : new Date(at).toISOString())
    if (verdict.intact) {
      console.log(
        `intact: ${verdict.entries} entries, from ${period(verdict.from)} to ${period(verdict.to)}; ${verdict.orders} orders match; head ${verdict.head}; ${verdict.seconds.toFixed(2)} s`
      )
      return 0
    }
    console.log(
      `BROKEN at ${verdict.problem.seq === null ? 'order ' + String(verdict.problem.orderId) : 'entry ' + String(verdict.problem.seq)}: ${verdict.problem.message}`
    )
    return 1
  } finally {
    sqlite.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  }
)
