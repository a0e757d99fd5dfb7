import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PERMISSIONS } from '../../src/shared/permissions'

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8')

/** The README section that starts at `heading`, up to the next heading of its level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no "${heading}"`)
  const end = readme.indexOf('\n## ', start + heading.length + 2)
  return readme.slice(start, end < 0 ? undefined : end)
}

describe('README → Staff, roles, PIN and lock', () => {
  it('lists every permission in its table', () => {
    const rows = section('## Staff, roles, PIN and lock')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
    const listed = new Set(rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-zA-Z.]+)`/g)].map((match) => match[1])))
    expect(PERMISSIONS.filter((permission) => !listed.has(permission))).toEqual([])
  })
})
