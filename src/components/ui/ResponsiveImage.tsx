/**
 * A plain responsive `<img>` over the sizes made at upload. It needs no client JavaScript (unlike
 * `next/image`, which would add about 10 kB to every page with a picture), keeps its box through
 * width and height, and loads lazily unless it is above the fold.
 */
export function ResponsiveImage({
  src,
  srcSet,
  sizes,
  alt,
  width,
  height,
  className,
  aboveFold = false,
}: {
  src: string
  srcSet?: string
  sizes: string
  alt: string
  width: number
  height: number
  className?: string
  aboveFold?: boolean
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the sizes exist already.
    <img
      className={className}
      src={src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={width}
      height={height}
      loading={aboveFold ? 'eager' : 'lazy'}
      fetchPriority={aboveFold ? 'high' : undefined}
      decoding="async"
    />
  )
}
