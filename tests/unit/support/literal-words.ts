import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

/** JSX props that reach the screen as words. */
const WORD_PROPS = new Set(['label', 'title', 'placeholder', 'hint', 'aria-label', 'subtitle', 'legend', 'saveLabel', 'alt', 'message', 'description'])

/**
 * Calls whose string arguments never reach the shopkeeper, so a literal there is not a word to
 * translate. Each entry says why.
 */
const NOT_SHOWN_CALLS = new Set([
  't', // the argument is a catalog key
  'i18n.t', // the same, outside React
  'console.info', // developer console only
  'console.warn', // developer console only
  'console.error', // developer console only
  'useNavStore.getState().open', // a route ("#/settings/sync")
  'document.querySelector', // a CSS selector
  'addEventListener', // a DOM event name
  'removeEventListener' // a DOM event name
])

/** JSX attributes whose value, however it is built, is never shown: classes, ids, input kinds. */
const NOT_SHOWN_ATTRIBUTES = new Set([
  'className',
  'data-testid',
  'testId',
  'key',
  'style',
  'id',
  'htmlFor',
  'type',
  'role',
  'sandbox',
  'autoComplete',
  'inputMode',
  'lang',
  'dir'
])

/** A string written straight into a JSX attribute reaches the screen only through a word prop. */
const isShownAttribute = (name: string) => WORD_PROPS.has(name)

/**
 * A string that reads as words to a person: two words with a space ("Sync now", "in 2 min"), or one
 * capitalised word ("Receipt"). Codes ("PRINT_FAILED"), keys ("sync.phase"), classes
 * ("print-job--failed"), lowercase option values ("short", "receipt") and routes are not.
 */
export function readsAsWords(text: string): boolean {
  const trimmed = text.trim()
  if (/\p{L}{2,}[^\S\n]+\p{L}{2,}/u.test(trimmed) && !/^[\w.-]+(\s+[\w.-]+)*$/u.test(trimmed.replace(/\b\p{Lu}\p{Ll}+\b/gu, ''))) return true
  if (/\p{L}{2,}[^\S\n]+\p{L}{2,}/u.test(trimmed) && /^\p{Lu}/u.test(trimmed)) return true
  if (/\p{L}{2,}\s+\p{L}{2,}.*[.?!…:]$/u.test(trimmed)) return true
  return /^\p{Lu}\p{Ll}{1,}[.?!…]?$/u.test(trimmed)
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) {
    const whole = callee.getText().replace(/\s+/g, '')
    return NOT_SHOWN_CALLS.has(whole) ? whole : callee.name.text
  }
  return callee.getText()
}

/** True when the literal sits where no person reads it: a key, a type, a comparison, an import. */
function isNotShown(node: ts.Node): boolean {
  const parent = node.parent
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true
  if (ts.isImportTypeNode(parent.parent ?? parent)) return true
  if (ts.isLiteralTypeNode(parent)) return true // `phase: 'off'` as a type
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true // an object key
  if (ts.isPropertyAssignment(parent) && /^(data-testid|testId|className|key|kind|code|tone|variant|type|role)$/.test(parent.name.getText())) return true
  if (ts.isElementAccessExpression(parent)) return true // record['key']
  if (ts.isCaseClause(parent)) return true // switch (event.key) { case 'Enter': }
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind))
    return true // event.key === 'Escape'
  if (ts.isJsxAttribute(parent)) return !isShownAttribute(parent.name.getText())
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && NOT_SHOWN_CALLS.has(calleeName(parent))) return true
  return false
}

/**
 * Words written into a renderer file instead of taken from a catalog: JSX text, and every string
 * or template literal that reads as words anywhere in the module (word props, object and array
 * labels, toast() and error messages, .ts helpers), except where no person reads it (see above).
 */
export function literalWords(file: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim())
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && readsAsWords(node.text) && !isNotShown(node)) found.push(node.text)
    else if (ts.isTemplateExpression(node) && !isNotShown(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
      if (/\p{L}{2,}/u.test(text.replace(/[^\p{L}\s]/gu, ' ')) && readsAsWords(text.replace(/\s+/g, ' '))) found.push(node.getText())
    }
    // An attribute that is never shown: nothing under it is a word (className={`a ${b}`}). Others,
    // such as choices={[{ label: 'All' }]}, are walked: their lists hold words.
    if (ts.isJsxAttribute(node) && NOT_SHOWN_ATTRIBUTES.has(node.name.getText())) return
    // A t() call: its key and its options' values are keys and numbers, not words.
    if (ts.isCallExpression(node) && NOT_SHOWN_CALLS.has(calleeName(node))) return
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The renderer's .ts and .tsx modules, tests left out (they assert on words, they show none). */
export function rendererModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return rendererModules(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : []
  })
}
