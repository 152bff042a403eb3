import type { Media } from '@/payload-types'

type SizeName = keyof NonNullable<Media['sizes']>

/** `srcset` from the sizes Payload generated at upload, smallest first (missing ones skipped). */
export const srcSetOf = (
  media: Pick<Media, 'url' | 'width' | 'sizes'>,
  names: readonly SizeName[],
): string =>
  names
    .map((name) => media.sizes?.[name])
    .filter((size) => size?.url && size.width)
    .map((size) => `${size!.url} ${size!.width}w`)
    .join(', ')
