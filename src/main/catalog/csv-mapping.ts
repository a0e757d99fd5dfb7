import { CSV_FIELDS, type CsvField, type CsvFormat, type CsvMapping } from '../../shared/catalog-import'

/** Header patterns per field, in priority order: the first pattern any column matches wins. */
type ColumnPatterns = Partial<Record<CsvField, readonly RegExp[]>>

interface FormatSpec {
  format: Exclude<CsvFormat, 'other' | 'tillpoint'>
  /** Every one of these headers (lower case) is in the vendor's export. */
  signature: readonly string[]
  columns: ColumnPatterns
}

const option = (slot: 1 | 2 | 3, name: (slot: number) => RegExp, value: (slot: number) => RegExp): ColumnPatterns => ({
  [`option${slot}_name`]: [name(slot)],
  [`option${slot}_value`]: [value(slot)]
})

const options = (name: (slot: number) => RegExp, value: (slot: number) => RegExp): ColumnPatterns => ({
  ...option(1, name, value),
  ...option(2, name, value),
  ...option(3, name, value)
})

/**
 * The vendors' product exports as their help pages document them: Shopify's product CSV,
 * Square's item library export, Loyverse's item export and WooCommerce's product exporter.
 */
const FORMATS: readonly FormatSpec[] = [
  {
    format: 'shopify',
    signature: ['handle', 'title', 'variant sku', 'variant price'],
    columns: {
      product_key: [/^handle$/],
      name: [/^title$/],
      category: [/^type$/, /^product category$/],
      ...options(
        (slot) => new RegExp(`^option${slot} name$`),
        (slot) => new RegExp(`^option${slot} value$`)
      ),
      sku: [/^variant sku$/],
      barcode: [/^variant barcode$/],
      price: [/^variant price$/],
      stock: [/^variant inventory qty$/],
      cost: [/^cost per item$/]
    }
  },
  {
    format: 'square',
    signature: ['token', 'item name', 'variation name'],
    columns: {
      name: [/^item name$/],
      category: [/^categories$/, /^category$/, /^reporting category$/],
      option1_name: [/^option name 1$/],
      option1_value: [/^option value 1$/, /^variation name$/],
      ...option(
        2,
        () => /^option name 2$/,
        () => /^option value 2$/
      ),
      ...option(
        3,
        () => /^option name 3$/,
        () => /^option value 3$/
      ),
      sku: [/^sku$/],
      barcode: [/^gtin$/],
      price: [/^price$/],
      stock: [/^current quantity /],
      low_stock_threshold: [/^stock alert count /],
      cost: [/^default unit cost$/]
    }
  },
  {
    format: 'loyverse',
    signature: ['handle', 'sku', 'name', 'sold by weight'],
    columns: {
      product_key: [/^handle$/],
      name: [/^name$/],
      category: [/^category$/],
      ...options(
        (slot) => new RegExp(`^option ${slot} name$`),
        (slot) => new RegExp(`^option ${slot} value$`)
      ),
      sku: [/^sku$/],
      barcode: [/^barcode$/],
      price: [/^price \[/, /^default price$/],
      stock: [/^in stock \[/],
      low_stock_threshold: [/^low stock \[/],
      cost: [/^cost$/]
    }
  },
  {
    format: 'woocommerce',
    signature: ['id', 'type', 'sku', 'name', 'regular price'],
    columns: {
      name: [/^name$/],
      category: [/^categories$/],
      ...options(
        (slot) => new RegExp(`^attribute ${slot} name$`),
        (slot) => new RegExp(`^attribute ${slot} value\\(s\\)$`)
      ),
      sku: [/^sku$/],
      barcode: [/^gtin, upc, ean,? or isbn$/, /^gtin$/, /^ean$/],
      price: [/^regular price$/],
      stock: [/^stock$/],
      low_stock_threshold: [/^low stock amount$/]
    }
  }
]

/** Common header names in the shopkeeper's own sheets, in English, German, French, Spanish, Italian. */
const BY_NAME: ColumnPatterns = {
  product_key: [/^(product[ _]?key|handle|parent|group)$/],
  name: [/^(product[ _]?name|name|title|item[ _]?name|item|product|article|bezeichnung|artikel|artikelname|nom|produit|nombre|producto|nome|prodotto)$/],
  category: [/^(category|categories|product[ _]?type|type|department|group|kategorie|warengruppe|catégorie|categorie|categoría|categoria)$/],
  tax_rate: [/^(tax|tax[ _]?rate|vat|vat[ _]?rate|mwst|ust|tva|iva)( ?(%|\(%\)))?$/],
  ...options(
    (slot) => new RegExp(`^(option|attribute|variant option)[ _]?${slot}[ _]?name$`),
    (slot) => new RegExp(`^(option|attribute|variant option)[ _]?${slot}([ _]?value)?$`)
  ),
  sku: [/^(sku|variant[ _]?sku|item[ _]?code|code|article[ _]?number|artikelnummer|art\.? ?nr\.?|référence|reference|ref|código|codice)$/],
  barcode: [/^(barcode|bar[ _]code|ean|ean[ _-]?13|upc|gtin|ean[ _]?code|code[ _]barre|código[ _]de[ _]barras|codice[ _]a[ _]barre|strichcode)$/],
  price: [/^(price|retail[ _]?price|selling[ _]?price|sale[ _]?price|unit[ _]?price|preis|verkaufspreis|vk|prix|precio|prezzo)$/],
  stock: [/^(stock|qty|quantity|on[ _]?hand|inventory|in[ _]?stock|bestand|menge|quantité|cantidad|quantità)$/],
  low_stock_threshold: [/^(low[ _]?stock([ _]?threshold)?|reorder[ _]?(point|level)|min(imum)?[ _]?stock|mindestbestand)$/],
  cost: [/^(cost|unit[ _]?cost|cost[ _]?price|purchase[ _]?price|einkaufspreis|ek|prix[ _]d'achat|coste|costo)$/]
}

export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** The vendor whose export these headers are; Tillpoint's own when every header is one of its fields. */
export function detectFormat(headers: readonly string[]): CsvFormat {
  const names = new Set(headers.map(normalizeHeader))
  const vendor = FORMATS.find((spec) => spec.signature.every((name) => names.has(name)))
  if (vendor) return vendor.format
  const own = new Set<string>(CSV_FIELDS)
  return [...names].every((name) => own.has(name) || name === '') && names.has('sku') ? 'tillpoint' : 'other'
}

/** For each column, the field it fills: the vendor's documented column, else a known header name. */
export function suggestMapping(headers: readonly string[], format: CsvFormat): CsvMapping {
  const names = headers.map(normalizeHeader)
  const mapping: CsvMapping = names.map(() => null)
  if (format === 'tillpoint') {
    const own = new Set<string>(CSV_FIELDS)
    return names.map((name, index) => (own.has(name) && names.indexOf(name) === index ? (name as CsvField) : null))
  }
  const spec = FORMATS.find((candidate) => candidate.format === format)
  const claim = (patterns: ColumnPatterns) => {
    for (const field of CSV_FIELDS) {
      if (mapping.includes(field)) continue
      for (const pattern of patterns[field] ?? []) {
        const index = names.findIndex((name, position) => mapping[position] === null && pattern.test(name))
        if (index >= 0) {
          mapping[index] = field
          break
        }
      }
    }
  }
  if (spec) claim(spec.columns)
  else claim(BY_NAME)
  return mapping
}

/** Saved mappings are kept per set of headers, so the next export from the same shop maps itself. */
export function headerKey(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('\u001f')
}

/** Headers no field reads, for the "ignored" list. */
export function ignoredColumns(headers: readonly string[], mapping: CsvMapping): string[] {
  return headers.filter((header, index) => header.trim() !== '' && (mapping[index] ?? null) === null)
}
