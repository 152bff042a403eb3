import { KindIcon } from './KindIcon'

/**
 * What stands where a product has no picture: a calm pattern with its kind's drawing. No words,
 * so it reads the same in every language, and hidden from assistive technology (it says nothing
 * the kind line and the title do not say already).
 */
export function ImagePlaceholder({ kind, className }: { kind: string; className: string }) {
  return (
    <div className={`image-placeholder ${className}`} aria-hidden="true" data-placeholder={kind}>
      <KindIcon kind={kind} className="image-placeholder__icon" />
    </div>
  )
}
