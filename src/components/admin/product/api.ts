'use client'

/** Errors of a Payload REST answer, as one readable message and per field path. */
export type ApiErrors = { message: string; fields: Record<string, string> }

type ErrorBody = {
  message?: string
  errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
}

export const readErrors = (body: unknown, fallback: string): ApiErrors => {
  const { message, errors } = (body ?? {}) as ErrorBody
  const fields: Record<string, string> = {}
  for (const error of errors ?? []) {
    for (const detail of error.data?.errors ?? []) {
      if (detail.path && detail.message) fields[detail.path] = detail.message
    }
  }
  return {
    message: errors?.map((error) => error.message).find(Boolean) ?? message ?? fallback,
    fields,
  }
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; errors: ApiErrors }

/** A same-origin request to Payload's REST API with the admin's login cookie. */
export const requestJson = async <T>(
  url: string,
  { method = 'GET', body, language }: { method?: string; body?: unknown; language?: string } = {},
): Promise<ApiResult<T>> => {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(language ? { 'Accept-Language': language } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: unknown = await response.json().catch(() => null)
  if (response.ok) return { ok: true, data: json as T }
  return {
    ok: false,
    status: response.status,
    errors: readErrors(json, response.statusText || String(response.status)),
  }
}
