import type { EventName } from '../../shared/contract'
import { isInsecureSyncUrl, type SyncConfigure, type SyncStatus } from '../../shared/sync'
import type { AppContext } from '../core/app-context'
import { validationError } from '../core/app-error'
import { runCommand, type Caller } from '../core/command'
import { queueHistoryOnce } from './history'
import { createOutboxHook } from './outbox-hook'
import { plainSecretBox, type SecretBox } from './secret-box'
import { readSyncState } from './sync-state'
import { SyncWorker, type SyncWorkerOptions } from './sync-worker'
import { reason } from '../../shared/reasons'

export interface SyncOptions extends Partial<Omit<SyncWorkerOptions, 'db' | 'clock' | 'publish' | 'secrets'>> {
  /** Where the token is kept: Electron's safeStorage in the app, the plain box elsewhere. */
  secrets?: SecretBox
}

/** Domain events whose commands add outbox rows: each one nudges the worker. */
const OUTBOX_SOURCES = new Set<string>(['catalog.changed', 'stock.changed', 'order.changed'])

export interface SyncService {
  readonly app: AppContext
  readonly worker: SyncWorker
  configure(caller: Caller, input: SyncConfigure): Promise<SyncStatus>
  /** Resolves once the outbox hook, the history and the worker are in place. */
  readonly ready: Promise<void>
  stop(): Promise<void>
}

/**
 * Installs sync on a Tillpoint: the outbox hook in every command, the worker, and the nudges after
 * commits. startTillpoint calls this once and hands the service to the sync handlers.
 */
export function installSync(app: AppContext, options: SyncOptions = {}): SyncService {
  const { secrets = plainSecretBox, ...workerOptions } = options
  const logError = workerOptions.logError ?? ((error: unknown) => console.error('[sync]', error))
  app.commandHooks.push(createOutboxHook())
  const worker = new SyncWorker({
    ...workerOptions,
    logError,
    db: app.db,
    clock: app.clock,
    secrets,
    publish: (status) => app.bus.publish('sync.changed', { status })
  })
  const unsubscribe = app.bus.subscribe((name: EventName) => {
    if (OUTBOX_SOURCES.has(name)) worker.nudge()
  })
  const ready = queueHistoryOnce(app)
    .then(() => worker.start())
    .catch(logError)
  const service: SyncService = {
    app,
    worker,
    ready,
    configure: (caller, input) => configureSync(service, secrets, caller, input),
    async stop() {
      unsubscribe()
      await ready
      await worker.stop()
    }
  }
  return service
}

async function configureSync(service: SyncService, secrets: SecretBox, caller: Caller, input: SyncConfigure): Promise<SyncStatus> {
  const newToken = typeof input.token === 'string' ? { blob: await secrets.encrypt(input.token), encrypted: await secrets.available() } : null
  const enabled = await runCommand(service.app, caller, async ({ trx, now }) => {
    const state = await readSyncState(trx)
    const enabled = input.enabled ?? state.enabled === 1
    const endpoint = input.url ?? state.endpoint
    const token = input.token === null ? null : newToken ? newToken.blob : state.token
    if (enabled && endpoint === '') throw validationError(reason('sync.urlFirst', {}), 'url')
    if (enabled && token === null) throw validationError(reason('sync.tokenFirst', {}), 'token')
    const allowInsecure = input.allowInsecureHttp ?? state.allow_insecure_http === 1
    if (isInsecureSyncUrl(endpoint) && !allowInsecure) {
      throw validationError(reason('sync.insecure', {}), 'url')
    }
    const tokenEncrypted = token === null ? 0 : newToken ? Number(newToken.encrypted) : state.token_encrypted
    await trx
      .updateTable('sync_state')
      .set({
        enabled: enabled ? 1 : 0,
        endpoint,
        token,
        token_encrypted: tokenEncrypted,
        allow_insecure_http: allowInsecure ? 1 : 0,
        // A new address or token deserves a fresh start: the old error and delay were about the old one.
        failures: 0,
        last_error: null,
        last_error_kind: null,
        last_error_at: null,
        next_attempt_at: null,
        updated_at: now
      })
      .where('id', '=', 1)
      .execute()
    return enabled
  })
  if (enabled) service.worker.wake()
  await service.worker.publishStatus()
  return service.worker.status()
}
