import { productMetadata, productRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const generateMetadata = productMetadata('en')
export default productRoute('en')
