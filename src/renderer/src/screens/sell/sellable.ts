import type { Product, SellableVariant } from '../../../../shared/catalog'

/** The variants of these products that can be sold now, in the shape `catalog.search` answers with. */
export function sellableVariantsOf(products: readonly Product[]): SellableVariant[] {
  return products
    .filter((product) => !product.archived)
    .flatMap((product) =>
      product.variants
        .filter((variant) => !variant.archived)
        .map((variant) => ({
          variantId: variant.id,
          productId: product.id,
          productName: product.name,
          category: product.category,
          label: variant.label,
          attributes: variant.attributes,
          sku: variant.sku,
          barcode: variant.barcode,
          price: variant.price,
          stock: variant.stock,
          lowStockThreshold: variant.lowStockThreshold,
          taxRateBp: product.taxRateBp,
          soldBy: product.soldBy,
          openPrice: product.openPrice
        }))
    )
}
