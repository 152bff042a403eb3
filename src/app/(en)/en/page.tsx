import { homeRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default homeRoute('en')
