import ackSchema from '../../docs/schemas/v1/ack.json'
import batchSchema from '../../docs/schemas/v1/batch.json'
import enrolmentSchema from '../../docs/schemas/v1/enrolment.json'
import errorSchema from '../../docs/schemas/v1/error.json'
import journalAckSchema from '../../docs/schemas/v1/journal-ack.json'
import journalBatchSchema from '../../docs/schemas/v1/journal-batch.json'
import journalStatusSchema from '../../docs/schemas/v1/journal-status.json'
import orderChangedSchema from '../../docs/schemas/v1/order.changed.json'
import productChangedSchema from '../../docs/schemas/v1/product.changed.json'
import shiftChangedSchema from '../../docs/schemas/v1/shift.changed.json'
import stockChangedSchema from '../../docs/schemas/v1/stock.changed.json'
import ackSchemaV2 from '../../docs/schemas/v2/ack.json'
import batchSchemaV2 from '../../docs/schemas/v2/batch.json'
import orderChangedSchemaV2 from '../../docs/schemas/v2/order.changed.json'
import productChangedSchemaV2 from '../../docs/schemas/v2/product.changed.json'
import shiftChangedSchemaV2 from '../../docs/schemas/v2/shift.changed.json'
import stockChangedSchemaV2 from '../../docs/schemas/v2/stock.changed.json'
import type { SyncProtocolVersion } from '../shared/sync-protocol'
import { SchemaSet } from './json-schema'

const EVENT_TYPES = ['product.changed', 'stock.changed', 'order.changed', 'shift.changed'] as const

/** Each event type of protocol v1 and the schema document of its payload. */
export const PAYLOAD_SCHEMAS: Readonly<Record<string, string>> = Object.fromEntries(EVENT_TYPES.map((type) => [type, `${type}.json`]))

/** The same for v2, whose documents are named under `v2/`. */
export const PAYLOAD_SCHEMAS_V2: Readonly<Record<string, string>> = Object.fromEntries(EVENT_TYPES.map((type) => [type, `v2/${type}.json`]))

/** The batch and payload schema names of each protocol version the receiver speaks. */
export const EVENT_SCHEMAS: Readonly<Record<SyncProtocolVersion, { batch: string; payloads: Readonly<Record<string, string>> }>> = {
  1: { batch: 'batch.json', payloads: PAYLOAD_SCHEMAS },
  2: { batch: 'v2/batch.json', payloads: PAYLOAD_SCHEMAS_V2 }
}

/** The schemas exactly as published in docs/schemas/v1 (under their own names) and docs/schemas/v2 (under `v2/`). */
export function protocolSchemas(): SchemaSet {
  return new SchemaSet()
    .add('batch.json', batchSchema)
    .add('ack.json', ackSchema)
    .add('enrolment.json', enrolmentSchema)
    .add('error.json', errorSchema)
    .add('journal-batch.json', journalBatchSchema)
    .add('journal-ack.json', journalAckSchema)
    .add('journal-status.json', journalStatusSchema)
    .add('product.changed.json', productChangedSchema)
    .add('stock.changed.json', stockChangedSchema)
    .add('order.changed.json', orderChangedSchema)
    .add('shift.changed.json', shiftChangedSchema)
    .add('v2/batch.json', batchSchemaV2)
    .add('v2/ack.json', ackSchemaV2)
    .add('v2/product.changed.json', productChangedSchemaV2)
    .add('v2/stock.changed.json', stockChangedSchemaV2)
    .add('v2/order.changed.json', orderChangedSchemaV2)
    .add('v2/shift.changed.json', shiftChangedSchemaV2)
}
