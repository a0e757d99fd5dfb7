import { sql } from 'kysely'
import { customerInputSchema, phoneDigits, type Customer, type CustomerInput, type CustomerPage } from '../../shared/customers'
import { notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { CustomersTable } from '../db/tables/customers.table'
import { ftsPrefixQuery } from '../orders/fts-query'

type CustomerRow = { [K in keyof CustomersTable]: K extends 'id' ? number : CustomersTable[K] }

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    address: row.address,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export async function findCustomer(db: Db | Trx, customerId: number): Promise<Customer | null> {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirst()
  return row ? toCustomer(row) : null
}

export async function getCustomer(db: Db | Trx, customerId: number): Promise<Customer> {
  const customer = await findCustomer(db, customerId)
  if (!customer) throw notFound('Customer', customerId)
  return customer
}

export async function createCustomer(scope: CommandScope, input: CustomerInput): Promise<Customer> {
  const customer = customerInputSchema.parse(input)
  const row = await scope.trx
    .insertInto('customers')
    .values({ ...customer, phone_digits: phoneDigits(customer.phone), created_at: scope.now, updated_at: scope.now })
    .returningAll()
    .executeTakeFirstOrThrow()
  scope.emit('customer.changed', { customerId: row.id })
  return toCustomer(row)
}

export async function updateCustomer(scope: CommandScope, customerId: number, patch: Partial<CustomerInput>): Promise<Customer> {
  const current = await getCustomer(scope.trx, customerId)
  const next = customerInputSchema.parse({
    name: patch.name ?? current.name,
    phone: patch.phone ?? current.phone,
    email: patch.email ?? current.email,
    address: patch.address ?? current.address
  })
  const row = await scope.trx
    .updateTable('customers')
    .set({ ...next, phone_digits: phoneDigits(next.phone), updated_at: scope.now })
    .where('id', '=', customerId)
    .returningAll()
    .executeTakeFirstOrThrow()
  scope.emit('customer.changed', { customerId })
  return toCustomer(row)
}

const PHONE_LIKE = /^[0-9+()\-.\s]+$/

/**
 * Customers by name (the beginning of any word of it), email, or the beginning of their phone
 * number, ordered by name then id, one keyset page at a time.
 */
export async function searchCustomers(db: Db, input: { query: string; after?: { name: string; id: number }; limit: number }): Promise<CustomerPage> {
  let query = db.selectFrom('customers').selectAll()
  const digits = phoneDigits(input.query)
  if (PHONE_LIKE.test(input.query) && digits.length > 0) {
    // ':' sorts right after '9', so this range is every number starting with these digits.
    query = query.where('phone_digits', '>=', digits).where('phone_digits', '<', `${digits}:`)
  } else {
    const match = ftsPrefixQuery(input.query)
    if (match !== null) {
      query = query.where('id', 'in', sql<number>`(SELECT rowid FROM customers_fts WHERE customers_fts MATCH ${match})`)
    }
  }
  if (input.after) {
    const { name, id } = input.after
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(name, id)))
  }
  const rows = await query
    .orderBy('name')
    .orderBy('id')
    .limit(input.limit + 1)
    .execute()
  const page = rows.slice(0, input.limit).map(toCustomer)
  const last = page.at(-1)
  return { customers: page, next: rows.length > input.limit && last ? { name: last.name, id: last.id } : null }
}
