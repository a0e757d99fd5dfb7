import { gtinCheckDigit } from '../../src/shared/barcode'
import type { ProductInput, VariantInput } from '../../src/shared/catalog'

/** A simple product (one variant, no options) with sensible defaults. */
export function simpleProduct(name: string, variant: Partial<VariantInput> & { sku: string }, product: Partial<ProductInput> = {}): ProductInput {
  return {
    name,
    category: 'Coffee',
    taxRateBp: 2000,
    ...product,
    variants: [{ price: 250, ...variant }]
  }
}

/** A T-shirt in sizes S/M and colours Red/Blue, each variant with its own SKU, barcode, price and stock. */
export function teeShirt(skuPrefix = 'TEE'): ProductInput {
  const sizes = ['S', 'M']
  const colours = ['Red', 'Blue']
  return {
    name: 'Logo T-shirt',
    category: 'Clothing',
    taxRateBp: 2000,
    options: [
      { name: 'Size', values: sizes },
      { name: 'Colour', values: colours }
    ],
    variants: sizes.flatMap((size, i) =>
      colours.map((colour, j) => ({
        sku: `${skuPrefix}-${size}-${colour.toUpperCase()}`,
        barcode: null,
        price: 1500 + i * 100,
        stock: 2 * i + j + 1,
        attributes: { Size: size, Colour: colour }
      }))
    )
  }
}

/** An EAN-13 with a right check digit for the i-th test product: 506000000000i + check. */
export function teaBarcode(index: number): string {
  const body = `5060000${String(index).padStart(5, '0')}`
  return body + String(gtinCheckDigit(body))
}
