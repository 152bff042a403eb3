import { homeRoute } from '@/components/site/routes'

export default homeRoute('de')
