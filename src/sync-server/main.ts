import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { openPgStore } from './pg-store'
import { createReceiver } from './server'
import { openSqliteStore } from './sqlite-store'
import type { ReceiverStore } from './store'

/**
 * `npm run sync-server`: the reference receiver.
 *   SYNC_SERVER_ADMIN_TOKEN  head office's token: reads every till, enrols tills (required, 16+ characters)
 *   SYNC_SERVER_TOKEN        the token all tills shared before enrolment: while set, tills not yet
 *                            enrolled may still push with it (and read nothing); unset it once all are
 *   SYNC_SERVER_HOST         address to listen on (default 127.0.0.1; 0.0.0.0 to serve other machines)
 *   SYNC_SERVER_PORT         port (default 8787)
 *   SYNC_SERVER_RATE         requests per second per credential (default 20, bursts of three times that)
 *   SYNC_SERVER_REQUEST_TIMEOUT_MS  a request must arrive within this (default 30000)
 *   DATABASE_URL             PostgreSQL connection string; when unset, SQLite at SYNC_SERVER_DB
 *   SYNC_SERVER_DB           SQLite file (default ./sync-server.sqlite)
 */
async function main(): Promise<void> {
  const adminToken = process.env.SYNC_SERVER_ADMIN_TOKEN ?? ''
  if (adminToken.length < 16) {
    console.error(
      "Set SYNC_SERVER_ADMIN_TOKEN to head office's token (at least 16 characters). Tills then get their own secret at enrolment; " +
        'keep SYNC_SERVER_TOKEN set to the old shared token until every till is enrolled (docs/sync.md).'
    )
    process.exit(2)
  }
  const sharedToken = process.env.SYNC_SERVER_TOKEN || null
  if (sharedToken !== null && sharedToken.length < 8) {
    console.error('SYNC_SERVER_TOKEN, the shared token of tills not yet enrolled, is at least 8 characters.')
    process.exit(2)
  }
  const perSecond = Number(process.env.SYNC_SERVER_RATE || 20)
  const requestTimeoutMs = Number(process.env.SYNC_SERVER_REQUEST_TIMEOUT_MS || 30_000)
  const host = process.env.SYNC_SERVER_HOST || '127.0.0.1'
  const port = Number(process.env.SYNC_SERVER_PORT || 8787)
  const databaseUrl = process.env.DATABASE_URL
  const sqlitePath = resolve(process.env.SYNC_SERVER_DB || 'sync-server.sqlite')
  const store: ReceiverStore = databaseUrl ? await openPgStore(databaseUrl) : openSqliteStore(sqlitePath)
  const server = createReceiver({
    store,
    adminToken,
    sharedToken,
    rateLimit: { perSecond, burst: perSecond * 3 },
    requestTimeoutMs,
    log: (line) => console.log(`[sync-server] ${line}`)
  })
  server.listen(port, host, () => {
    const bound = server.address() as AddressInfo
    const where = store.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${sqlitePath}`
    console.log(`Tillpoint sync receiver (protocol v1) on http://${host}:${bound.port}, storing in ${where}`)
    if (sharedToken !== null) console.log('[sync-server] accepting the shared SYNC_SERVER_TOKEN from tills not yet enrolled (pushes only)')
  })
  const shutdown = () => {
    server.close(() => void store.close().then(() => process.exit(0)))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
