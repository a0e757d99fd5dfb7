/** Main-to-renderer events travel on `event:<name>`, apart from the request channels. */
export const EVENT_PREFIX = 'event:'
