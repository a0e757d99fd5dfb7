import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { createCustomer, getCustomer, searchCustomers, updateCustomer } from './customers-store'

export function customersHandlers(app: AppContext): HandlerMap<ChannelsOf<'customers'>> {
  return {
    'customers.search': (input) => searchCustomers(app.db, input),
    'customers.get': ({ customerId }) => getCustomer(app.db, customerId),
    'customers.create': (input, call) => runCommand(app, call, (scope) => createCustomer(scope, input)),
    'customers.update': ({ customerId, patch }, call) => runCommand(app, call, (scope) => updateCustomer(scope, customerId, patch))
  }
}
