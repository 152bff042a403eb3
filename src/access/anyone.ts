import type { Access } from 'payload'

/** Public read: the catalogue's content is open to every visitor. */
export const anyone: Access = () => true
