/**
 * The made-up shop of the benchmark: a seeded random source (the same database on every run), a
 * catalog of plausible names, and sales skewed the way a shop's are (a few products sell a lot,
 * a long tail sells now and then).
 */
export type Random = () => number

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!
}

const BRANDS = ['Acme', 'Northwind', 'Harbour', 'Meadow', 'Copper', 'Willow', 'Summit', 'Bramble', 'Orchard', 'Lantern', 'Maple', 'Juniper']
const KINDS = ['Organic', 'Classic', 'Smoked', 'Roasted', 'Spiced', 'Fresh', 'Wholegrain', 'Sparkling', 'Dark', 'Mild', 'Salted', 'Golden']
const THINGS = [
  'Tea',
  'Coffee',
  'Honey',
  'Jam',
  'Bread',
  'Cheese',
  'Olive Oil',
  'Pasta',
  'Rice',
  'Chocolate',
  'Biscuits',
  'Granola',
  'Candle',
  'Soap',
  'Notebook',
  'Mug',
  'Socks',
  'Scarf',
  'Pencil',
  'Towel',
  'Lemonade',
  'Cider',
  'Crisps',
  'Nuts'
]
const SIZES = ['100g', '250g', '500g', '1kg', 'Small', 'Medium', 'Large', 'Pack of 6', '330ml', '1l']
export const CATEGORIES = ['Pantry', 'Drinks', 'Bakery', 'Dairy', 'Home', 'Stationery', 'Clothing', 'Snacks']
const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances', 'Tim', 'Radia', 'Edsger']
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Allen', 'Berners-Lee', 'Perlman', 'Dijkstra']

export function productName(random: Random): string {
  return `${pick(random, BRANDS)} ${pick(random, KINDS)} ${pick(random, THINGS)} ${pick(random, SIZES)}`
}

export function customerName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`
}

export function sku(index: number): string {
  return `SKU-${String(index).padStart(6, '0')}`
}

/** A 13-digit code with a valid EAN-13 check digit. */
export function barcode(index: number): string {
  const body = `50${String(index).padStart(10, '0')}`
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3)
  return body + String((10 - (sum % 10)) % 10)
}

/**
 * Draws product ranks with Zipf's law (weight 1/rank): the best seller sells about twice the
 * second, ten times the tenth. Ranks are mapped to products by a shuffle, so ids say nothing.
 */
export function zipfSampler(random: Random, count: number): () => number {
  const cumulative = new Float64Array(count)
  let total = 0
  for (let rank = 0; rank < count; rank++) cumulative[rank] = total += 1 / (rank + 1)
  const order = Array.from({ length: count }, (_, index) => index)
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return () => {
    const target = random() * total
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return order[low]!
  }
}
