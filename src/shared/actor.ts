/** Who performs a command: a staff member (from the window's session) or one of the till's own jobs. */
export interface Actor {
  id: string
  name: string
}

/** The owner account migration 0009 gives every till, as it is before the first run renames it. */
export const OWNER: Actor = { id: 'owner', name: 'Owner' }
