import { randomInt } from 'node:crypto'

import { inject } from 'vitest'

export type ApiResponse = { status: number; body: unknown; text: string }

/** One request to the running app's REST API (or any path), as a visitor or with a login token. */
export const api = async ({
  path,
  method = 'GET',
  token,
  body,
  headers = {},
}: {
  path: string
  method?: string
  token?: string
  body?: unknown
  headers?: Record<string, string>
}): Promise<ApiResponse> => {
  const isForm = body instanceof FormData
  const response = await fetch(`${inject('baseURL')}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, text }
}

export const login = async ({
  email,
  password,
}: {
  email: string
  password: string
}): Promise<string> => {
  const { status, body } = await api({
    path: '/api/users/login',
    method: 'POST',
    body: { email, password },
  })
  const token = (body as { token?: string }).token
  if (status !== 200 || !token)
    throw new Error(`login as ${email} failed: ${status} ${JSON.stringify(body)}`)
  return token
}

/**
 * A client address of its own (198.18.0.0/15, the benchmarking range) for one test or case, sent
 * as X-Forwarded-For (the test server trusts one proxy hop): per-client limits then count each
 * test apart, whichever test files ran before on the same server.
 */
export const newClientAddress = (): string =>
  `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`
