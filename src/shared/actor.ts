import { z } from 'zod'

/** Who performs a command. Until staff accounts exist every call is made by the built-in owner. */
export const actorSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120)
})

export type Actor = z.infer<typeof actorSchema>

export const OWNER: Actor = { id: 'owner', name: 'Owner' }
