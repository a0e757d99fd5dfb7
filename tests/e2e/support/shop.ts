import type { ProductInput } from '../../../src/shared/catalog'
import type { SettingsPatch } from '../../../src/shared/settings'
import type { TestTill } from '../../support/test-till'

/** A till past its first run, as a shopkeeper would have left it: named, in a currency, set up. */
export async function setUpShop(till: TestTill, options: { sample?: boolean; settings?: SettingsPatch } = {}): Promise<void> {
  await till.ok('settings.update', { shopName: 'Corner Shop', currency: 'USD', locale: 'en-US', timeZone: 'UTC', ...options.settings, setupComplete: true })
  if (options.sample) await till.ok('catalog.loadSampleShop')
}

/** A simple product with one variant; what is not given gets a plain default. */
export async function addProduct(till: TestTill, name: string, variant: Partial<ProductInput['variants'][number]> = {}, product: Partial<ProductInput> = {}) {
  return till.ok('catalog.createProduct', {
    name,
    category: 'General',
    taxRateBp: 2000,
    ...product,
    variants: [{ sku: name.toUpperCase().replace(/[^A-Z0-9]+/g, '-'), price: 500, stock: 10, ...variant }]
  })
}
