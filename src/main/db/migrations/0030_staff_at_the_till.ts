import type { Migration } from '../migration'

/**
 * Two things a till's staff need at the counter.
 *
 * `staff.pin_prompt`: the owner of a till that was set up before it had staff PINs is asked, at
 * its next start, to set one (issue 21's upgrade). Set here for every till already set up whose
 * owner has no PIN while no one has one; a new till asks at its first run instead, so it starts
 * at 0. It goes back to 0 when the owner sets the PIN or answers "Not now".
 *
 * `carts.held_for`: with carts per person (a shop setting), a lock sets the person's cart in
 * progress aside for them alone; their next unlock brings it back. One held cart per person.
 */
export const m0030StaffAtTheTill: Migration = {
  id: 30,
  name: 'staff_at_the_till',
  statements: [
    `ALTER TABLE staff ADD COLUMN pin_prompt INTEGER NOT NULL DEFAULT 0 CHECK (pin_prompt IN (0, 1))`,
    `UPDATE staff SET pin_prompt = 1
      WHERE role_id = 'owner' AND active = 1 AND pin_hash IS NULL
        AND NOT EXISTS (SELECT 1 FROM staff AS other WHERE other.pin_hash IS NOT NULL)
        AND EXISTS (SELECT 1 FROM settings WHERE key = 'shop' AND json_valid(value) AND json_extract(value, '$.setupComplete') = 1)`,
    `ALTER TABLE carts ADD COLUMN held_for TEXT REFERENCES staff (id)`,
    `CREATE UNIQUE INDEX carts_held_for ON carts (held_for) WHERE held_for IS NOT NULL`
  ]
}
