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
import { SchemaSet } from './json-schema'

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
}
