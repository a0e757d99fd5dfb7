import {
  customerIdSchema,
  customerInputSchema,
  customerSearchSchema,
  customerUpdateSchema,
  type Customer,
  type CustomerPage
} from '../customers'
import { channel, event, returns } from './define'

export const customersChannels = {
  'customers.search': channel(customerSearchSchema, returns<CustomerPage>()),
  'customers.get': channel(customerIdSchema, returns<Customer>()),
  'customers.create': channel(customerInputSchema, returns<Customer>()),
  'customers.update': channel(customerUpdateSchema, returns<Customer>())
}

export const customersEvents = {
  'customer.changed': event<{ customerId: number }>()
}
