/** Where the request exports live, below `/api/adoption-requests` (shared with the dashboard). */
export const EXPORT_CSV_PATH = '/export.csv'
export const DATA_EXPORT_PATH = '/data-export'
export const DATA_ERASE_PATH = '/data-erase'
