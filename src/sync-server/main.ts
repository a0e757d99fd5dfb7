import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { openPgStore } from './pg-store'
import { createReceiver } from './server'
import { openSqliteStore } from './sqlite-store'
import type { ReceiverStore } from './store'

/**
 * `npm run sync-server`: the reference receiver.
 *   SYNC_SERVER_TOKEN  the bearer token tills must send (required)
 *   SYNC_SERVER_HOST   address to listen on (default 127.0.0.1; 0.0.0.0 to serve other machines)
 *   SYNC_SERVER_PORT   port (default 8787)
 *   DATABASE_URL       PostgreSQL connection string; when unset, SQLite at SYNC_SERVER_DB
 *   SYNC_SERVER_DB     SQLite file (default ./sync-server.sqlite)
 */
async function main(): Promise<void> {
  const token = process.env.SYNC_SERVER_TOKEN ?? ''
  if (token.length < 8) {
    console.error('Set SYNC_SERVER_TOKEN to the bearer token the tills will use (at least 8 characters).')
    process.exit(2)
  }
  const host = process.env.SYNC_SERVER_HOST || '127.0.0.1'
  const port = Number(process.env.SYNC_SERVER_PORT || 8787)
  const databaseUrl = process.env.DATABASE_URL
  const sqlitePath = resolve(process.env.SYNC_SERVER_DB || 'sync-server.sqlite')
  const store: ReceiverStore = databaseUrl ? await openPgStore(databaseUrl) : openSqliteStore(sqlitePath)
  const server = createReceiver({ store, token, log: (line) => console.log(`[sync-server] ${line}`) })
  server.listen(port, host, () => {
    const bound = server.address() as AddressInfo
    const where = store.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${sqlitePath}`
    console.log(`Tillpoint sync receiver (protocol v1) on http://${host}:${bound.port}, storing in ${where}`)
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
