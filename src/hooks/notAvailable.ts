import type { Endpoint } from 'payload'
import { APIError } from 'payload'

/**
 * Answers for routes Payload serves on every collection and global even where the feature is off:
 * without them, `/versions` of a collection without versions and `/verify/:token` of an auth
 * collection without email verification reach code that assumes the feature and fail with a 500.
 */
const notAvailable = ({
  method,
  path,
  parameter,
  message,
}: {
  method: Endpoint['method']
  path: string
  parameter: string
  message: string
}): Endpoint => ({
  method,
  path,
  handler: () => {
    throw new APIError(`${parameter}: ${message}`, 404, [{ parameter, message }], true)
  },
})

/** `/versions`, `/versions/:id` and restoring one, where `slug` keeps no versions. */
export const noVersionsEndpoints = (slug: string): Endpoint[] =>
  (
    [
      ['get', '/versions'],
      ['get', '/versions/:id'],
      ['post', '/versions/:id'],
    ] as const
  ).map(([method, path]) =>
    notAvailable({ method, path, parameter: 'versions', message: `${slug} keeps no versions` }),
  )

/** `POST /verify/:token` where `slug` does not verify email addresses. */
export const noVerificationEndpoint = (slug: string): Endpoint =>
  notAvailable({
    method: 'post',
    path: '/verify/:token',
    parameter: 'token',
    message: `${slug} does not verify email addresses, so there is no such token`,
  })
