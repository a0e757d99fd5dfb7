import { describe, expect, it } from 'vitest'
import { pushBatch, PushFailure, type FetchLike } from '../../src/main/sync/push'

const batch = { tillId: '6f1c2a9e-1b2c-4d3e-8f40-123456789abc', events: [] }

function answer(status: number, body: string): FetchLike {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })
}

async function failureOf(fetch: FetchLike, timeoutMs = 1_000): Promise<PushFailure> {
  const error = await pushBatch({ fetch, endpoint: 'https://sync.example.com/shop/', token: 't0ken', batch, protocol: 2, timeoutMs }).catch(
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(PushFailure)
  return error as PushFailure
}

describe('one push', () => {
  it.each([
    [2, 'https://sync.example.com/shop/v2/events'],
    [1, 'https://sync.example.com/shop/v1/events']
  ] as const)('POSTs a batch of protocol v%i to %s with the bearer token and returns the acknowledgements', async (protocol, url) => {
    const seen: Array<{ url: string; init: RequestInit }> = []
    const acks = await pushBatch({
      fetch: async (url, init) => {
        seen.push({ url, init })
        return new Response(JSON.stringify({ acks: [{ eventId: 'a', status: 'accepted' }] }), { status: 200 })
      },
      endpoint: 'https://sync.example.com/shop/',
      token: 't0ken',
      batch,
      protocol,
      timeoutMs: 1_000
    })
    expect(acks).toEqual({ acks: [{ eventId: 'a', status: 'accepted' }] })
    expect(seen[0]?.url).toBe(url)
    expect(seen[0]?.init.method).toBe('POST')
    expect((seen[0]?.init.headers as Record<string, string>).authorization).toBe('Bearer t0ken')
    expect(JSON.parse(seen[0]?.init.body as string)).toEqual(batch)
  })

  it.each([
    [401, 'auth', /refused the token \(HTTP 401\)/],
    [403, 'auth', /refused the token \(HTTP 403\)/],
    [404, 'not-found', /no Tillpoint sync receiver at this address \(HTTP 404/],
    [413, 'too-large', /too large/],
    [500, 'server', /had a problem \(HTTP 500\)/],
    [503, 'server', /had a problem \(HTTP 503\)/]
  ])('turns HTTP %i into a %s failure a shopkeeper can read', async (status, kind, words) => {
    const failure = await failureOf(answer(status, '{}'))
    expect(failure.kind).toBe(kind)
    expect(failure.message).toMatch(words)
  })

  it('treats an answer that is not an acknowledgement as a protocol failure, never as sent', async () => {
    for (const body of ['<html>proxy login</html>', '{"acks":[{"eventId":"a","status":"maybe"}]}', '{}']) {
      expect((await failureOf(answer(200, body))).kind).toBe('protocol')
    }
  })

  it('gives up after the timeout and says the server did not answer', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
    const failure = await failureOf(hanging, 100)
    expect(failure.kind).toBe('timeout')
    expect(failure.message).toBe('The sync server at sync.example.com did not answer within 0.1 s. The changes are kept and will be sent again.')
  })

  it('calls an unreachable server offline and names the network error', async () => {
    const refused: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
    }
    const failure = await failureOf(refused)
    expect(failure.kind).toBe('offline')
    expect(failure.message).toBe(
      'Cannot reach the sync server at sync.example.com (ECONNREFUSED). The changes are kept and will be sent when it can be reached.'
    )
  })
})
