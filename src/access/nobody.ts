/**
 * Closed to every user through the API, for collections and fields alike; the server's own
 * writes override access.
 */
export const nobody = (): boolean => false
