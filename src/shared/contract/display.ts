import type { CustomerDisplayState } from '../customer-display'
import { channel, event, returns } from './define'
import { noInput } from './settings'

export const displayChannels = {
  /**
   * What the customer display shows now, read once as its window opens. 'lock-screen': the
   * customer's window never has a staff session, and it carries only what the customer sees anyway.
   */
  'display.current': channel(noInput, returns<CustomerDisplayState>(), 'lock-screen')
}

export const displayEvents = {
  /** The customer display's whole state, computed in main: the screen draws it as it is. */
  'display.changed': event<{ state: CustomerDisplayState }>()
}
