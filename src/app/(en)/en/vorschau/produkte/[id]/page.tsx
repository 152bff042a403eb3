import { previewMetadata, previewRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = previewMetadata
export default previewRoute('en')
