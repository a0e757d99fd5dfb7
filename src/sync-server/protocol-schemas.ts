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
import { SchemaSet, type JsonSchema } from './json-schema'

/** Each event type of protocol v1 and the schema document of its payload. */
export const PAYLOAD_SCHEMAS: Readonly<Record<string, string>> = {
  'product.changed': 'product.changed.json',
  'stock.changed': 'stock.changed.json',
  'order.changed': 'order.changed.json',
  'shift.changed': 'shift.changed.json'
}

/** The v1 schemas exactly as published in docs/schemas/v1. */
export function protocolSchemas(): SchemaSet {
  return new SchemaSet()
    .add('batch.json', batchSchema as JsonSchema)
    .add('ack.json', ackSchema as JsonSchema)
    .add('enrolment.json', enrolmentSchema as JsonSchema)
    .add('error.json', errorSchema as JsonSchema)
    .add('journal-batch.json', journalBatchSchema as JsonSchema)
    .add('journal-ack.json', journalAckSchema as JsonSchema)
    .add('journal-status.json', journalStatusSchema as JsonSchema)
    .add('product.changed.json', productChangedSchema as JsonSchema)
    .add('stock.changed.json', stockChangedSchema as JsonSchema)
    .add('order.changed.json', orderChangedSchema as JsonSchema)
    .add('shift.changed.json', shiftChangedSchema as JsonSchema)
}
