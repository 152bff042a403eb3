import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/** 192 random bits: the requester's key to the tracking page, impossible to guess or enumerate. */
export const newTrackingToken = (): string => randomBytes(24).toString('base64url')

export const issueTrackingToken: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create' && !data.trackingToken
    ? { ...data, trackingToken: newTrackingToken() }
    : data
