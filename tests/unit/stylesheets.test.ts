import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(__dirname, '../../src/renderer')

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return stylesheets(path)
    return entry.name.endsWith('.css') ? [path] : []
  })
}

/**
 * Where a style rule opens inside another style rule, or a block is left open. Our stylesheets do
 * not nest rules, so either means a missing `}`: the browser then nests every later rule under the
 * unclosed one and they stop applying (the nav's staff badge lost all its styles that way).
 */
function unclosedBlocks(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
  const open: { prelude: string; line: number }[] = []
  const problems: string[] = []
  let prelude = ''
  let line = 1
  for (const char of text) {
    if (char === '\n') line++
    if (char === '{') {
      const parent = open.at(-1)
      const selector = prelude.trim()
      if (parent && !parent.prelude.startsWith('@'))
        problems.push(`line ${line}: "${selector}" opens inside "${parent.prelude}" (line ${parent.line}), which is never closed`)
      open.push({ prelude: selector, line })
      prelude = ''
    } else if (char === '}') {
      open.pop()
      prelude = ''
    } else if (char === ';') {
      prelude = ''
    } else {
      prelude += char
    }
  }
  for (const block of open) problems.push(`line ${block.line}: "${block.prelude}" is never closed`)
  return problems
}

describe('stylesheets', () => {
  it('finds a rule left open', () => {
    expect(unclosedBlocks('.a {\n  gap: 4px;\n\n.b { color: red; }\n')).toEqual([
      'line 4: ".b" opens inside ".a" (line 1), which is never closed',
      'line 1: ".a" is never closed'
    ])
    expect(unclosedBlocks('@media (max-width: 800px) {\n  .a { gap: 0; }\n}\n/* { */ .b { color: red; }')).toEqual([])
  })

  for (const file of stylesheets(RENDERER)) {
    it(`${relative(RENDERER, file)} closes every rule`, () => {
      expect(unclosedBlocks(readFileSync(file, 'utf8'))).toEqual([])
    })
  }
})
