import { CONTENT_SECURITY_POLICY } from '../../src/main/window/content-security-policy'
import { expect, test } from './support/fixtures'

test('the page speaks to the real till, under the app Content-Security-Policy', async ({ page, till }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/')
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY)
  const saved = await page.evaluate(() =>
    (globalThis as unknown as { api: { settings: { update(p: unknown): Promise<unknown> } } }).api.settings.update({ shopName: 'Harness Shop' })
  )
  expect(saved).toMatchObject({ ok: true, data: { shopName: 'Harness Shop' } })
  expect((await till.ok('settings.get')).shopName).toBe('Harness Shop')
  expect(errors).toEqual([])
})
