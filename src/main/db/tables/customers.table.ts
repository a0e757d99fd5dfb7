import type { Generated } from 'kysely'

export interface CustomersTable {
  id: Generated<number>
  name: string
  phone: string
  /** The phone's digits only, for search: "+44 20 7946 0000" -> "442079460000". */
  phone_digits: string
  email: string
  address: string
  created_at: number
  updated_at: number
}

export interface CustomerTables {
  customers: CustomersTable
}
