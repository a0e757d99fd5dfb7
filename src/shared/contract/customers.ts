import { customerIdSchema, customerInputSchema, customerSearchSchema, customerUpdateSchema, type Customer, type CustomerPage } from '../customers'
import { channel, event, returns } from './define'

export const customersChannels = {
  'customers.search': channel(customerSearchSchema, returns<CustomerPage>(), 'none'),
  'customers.get': channel(customerIdSchema, returns<Customer>(), 'none'),
  'customers.create': channel(customerInputSchema, returns<Customer>(), 'none'),
  'customers.update': channel(customerUpdateSchema, returns<Customer>(), 'none')
}

export const customersEvents = {
  'customer.changed': event<{ customerId: number }>()
}
