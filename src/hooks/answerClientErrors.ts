import type { AfterErrorHook, PayloadRequest } from 'payload'

import { errorStatus, isMalformedJson } from '@/lib/clientErrors'

/** Which part of the request held the JSON that did not parse. */
const malformedParameter = (req: PayloadRequest): string => {
  for (const name of ['where', 'data']) {
    const value = req.searchParams?.get(name)
    if (value) {
      try {
        JSON.parse(value)
      } catch {
        return name
      }
    }
  }
  const contentType = req.headers?.get('content-type') ?? ''
  return contentType.includes('multipart/') ? '_payload' : 'body'
}

/**
 * Payload's REST error answer, made to name what was wrong:
 *
 * - malformed JSON in `where`, `data` or a multipart `_payload` is the client's mistake (400
 *   naming the parameter), not a server error;
 * - "Invalid JSON" says it is the body, and "Not found" on a `/:id` route names the id (the same
 *   words whether the document is missing or hidden from the caller);
 * - the message of a client error is kept: Payload replaces it with "An unknown error occurred."
 *   when the error carries no data and its class name is empty, which the production bundle's
 *   minifier does to Payload's own error classes.
 *
 * Server errors (5xx) stay as Payload answers them: without details.
 */
export const answerClientErrors: AfterErrorHook = ({ collection, error, req, result }) => {
  const status = errorStatus(error)
  if (status >= 500) return
  if (isMalformedJson(error)) {
    const parameter = malformedParameter(req)
    return {
      status,
      response: { errors: [{ message: `${parameter} is not valid JSON`, field: parameter }] },
    }
  }
  // Payload's own words for these name nothing: say which parameter.
  if (status === 400 && error.message === 'Invalid JSON')
    return { status, response: { errors: [{ message: 'body is not valid JSON', field: 'body' }] } }
  const id = req.routeParams?.id
  if (
    status === 404 &&
    collection &&
    typeof id === 'string' &&
    error.message === req.t('general:notFound')
  )
    return {
      status,
      response: {
        errors: [
          {
            message: `id: ${collection.slug} has no document with the id "${id.slice(0, 40)}"`,
            field: 'id',
          },
        ],
      },
    }
  const isPublic = (error as { isPublic?: boolean }).isPublic !== false
  const [first] = (result?.errors ?? []) as { data?: unknown; message?: string }[]
  if (isPublic && first && !first.data && first.message !== error.message)
    return { status, response: { errors: [{ message: error.message }] } }
}
