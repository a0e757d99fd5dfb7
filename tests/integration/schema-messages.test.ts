import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppErrorData } from '../../src/shared/errors'
import { openTestTill, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(async () => {
  await till.cleanup()
})

async function refusal(result: Promise<{ ok: boolean; error?: AppErrorData }>): Promise<AppErrorData> {
  const answer = await result
  if (answer.ok || !answer.error) throw new Error('expected a refusal')
  return answer.error
}

describe('a schema’s own sentence through IPC', () => {
  it('goes with its catalog key and the values it is built with, its English sentence as the message', async () => {
    const error = await refusal(till.call('settings.update', { holdMinutes: 2, autoLockMinutes: 500, orderPrefix: 'TOO-LONG-PREFIX' }))
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'holdMinutes', message: 'Hold time is at least 5 minutes', key: 'errors.schema.settings.holdMin', params: { min: 5 } }),
        expect.objectContaining({ path: 'autoLockMinutes', key: 'errors.schema.settings.autoLockMax', params: { max: 240 } }),
        expect.objectContaining({ path: 'orderPrefix', key: 'errors.schema.settings.orderPrefix', params: { min: 1, max: 6 } })
      ])
    )
    const port = await refusal(till.call('print.updateSettings', { networkPort: 70_000 }))
    expect(port.issues).toEqual([expect.objectContaining({ path: 'networkPort', key: 'errors.schema.print.portRange', params: { min: 1, max: 65_535 } })])
    // A refinement's sentence, and one built at parse time from what was typed (a PIN too easy to guess).
    const footer = await refusal(till.call('settings.update', { receiptFooter: 'a\nb\nc\nd\ne\nf\ng' }))
    expect(footer.issues).toEqual([expect.objectContaining({ key: 'errors.schema.settings.footerLines', params: { max: 6 } })])
    const pin = await refusal(till.call('staff.setupOwner', { name: 'Olive', pin: '1111' }))
    expect(pin.issues).toEqual([expect.objectContaining({ path: 'pin', key: 'errors.schema.staff.pinRepeated' })])
  })

  it('leaves a check no schema wrote a sentence for to the rule', async () => {
    const error = await refusal(till.call('settings.update', { blindClose: 'yes' as unknown as boolean }))
    expect(error.issues).toEqual([expect.objectContaining({ path: 'blindClose', rule: 'invalid_type' })])
    expect(error.issues?.[0]?.key).toBeUndefined()
  })
})

describe('the schemas in src/shared', () => {
  it('write every sentence of their own through schemaMessage, so each has a key in the five catalogs', () => {
    const folder = join(__dirname, '../../src/shared')
    const literal = /\b(error|message|required|tooLong):\s*(['"`])[^'"`]*[A-Za-z]{2}/
    const found: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (literal.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line)) found.push(`${path.slice(folder.length + 1)}:${index + 1}`)
            })
        }
      }
    }
    walk(folder)
    expect(found).toEqual([])
  })
})
