/** "1 line", "3 lines": a count with its noun (English plural by -s, as every noun here takes). */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString()} ${n === 1 ? noun : `${noun}s`}`
}
