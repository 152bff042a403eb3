import { GERMANY_MAP } from './germany'

/** Where a point lies on the Germany map (the same projection as the outline). */
export const projectPoint = ({ latitude, longitude }: { latitude: number; longitude: number }) => ({
  x: (longitude - GERMANY_MAP.bounds.west) * GERMANY_MAP.scaleX * GERMANY_MAP.unit,
  y: (GERMANY_MAP.bounds.north - latitude) * GERMANY_MAP.unit,
})
