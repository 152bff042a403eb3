import type { Endpoint } from 'payload'

import { dataErase } from './dataErase'
import { dataExport } from './dataExport'
import { exportCsv } from './exportCsv'
import { DATA_ERASE_PATH, DATA_EXPORT_PATH, EXPORT_CSV_PATH } from './paths'

/** The request exports: checked before Payload's own `/:id` route, so the paths do not clash. */
export const requestEndpoints: Endpoint[] = [
  { path: EXPORT_CSV_PATH, method: 'get', handler: exportCsv },
  { path: DATA_EXPORT_PATH, method: 'post', handler: dataExport },
  { path: DATA_ERASE_PATH, method: 'post', handler: dataErase },
]
