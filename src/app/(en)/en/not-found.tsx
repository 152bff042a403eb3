import { notFoundRoute } from '@/components/site/routes'

export default notFoundRoute('en')
