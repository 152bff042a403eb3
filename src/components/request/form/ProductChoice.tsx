import type { Dictionary } from '@/i18n/de'

import { FieldError } from './FieldParts'
import { useField } from './fieldState'

/** The products asked about, as checkboxes; the first carries the group's error focus. */
export function ProductChoice({
  products,
  texts,
}: {
  products: { slug: string; title: string }[]
  texts: Pick<Dictionary['request'], 'productsLegend' | 'productsHint' | 'productsNone'>
}) {
  const { control, error, value, isFirstError } = useField('products', { hasHint: true })
  const chosen = value as string[]
  return (
    <fieldset className="form-group" aria-describedby={control['aria-describedby']}>
      <legend>{texts.productsLegend}</legend>
      <p className="hint" id="hint-products">
        {products.length ? texts.productsHint : texts.productsNone}
      </p>
      <FieldError name="products" error={error} />
      {products.map((product, index) => (
        <div className="check" key={product.slug}>
          <input
            type="checkbox"
            id={`field-products-${product.slug}`}
            data-field={index === 0 ? 'products' : undefined}
            name="products"
            value={product.slug}
            defaultChecked={chosen.includes(product.slug)}
            autoFocus={index === 0 && isFirstError ? true : undefined}
          />
          <label htmlFor={`field-products-${product.slug}`}>{product.title}</label>
        </div>
      ))}
    </fieldset>
  )
}
