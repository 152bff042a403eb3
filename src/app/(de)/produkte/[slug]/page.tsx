import { productMetadata, productRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const generateMetadata = productMetadata('de')
export default productRoute('de')
