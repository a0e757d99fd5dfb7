import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/contract'

const TEST_ROOTS = ['tests/integration', 'tests/e2e']

function testSources(): string {
  return TEST_ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.ts$|\.spec\.ts$/.test(file))
      .map((file) => readFileSync(join(root, file), 'utf8'))
  ).join('\n')
}

describe('the contract', () => {
  it('has every channel called through the IPC helper by at least one test', () => {
    const sources = testSources()
    const calledThroughHelper = (channel: string) =>
      new RegExp(`\\.(call|ok)\\(\\s*'${channel.replace('.', '\\.')}'`).test(sources) ||
      new RegExp(`dispatch\\(\\s*'${channel.replace('.', '\\.')}'`).test(sources)
    expect(CHANNELS.filter((channel) => !calledThroughHelper(channel))).toEqual([])
  })
})
