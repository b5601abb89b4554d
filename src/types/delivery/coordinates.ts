/** A point on the map, in decimal degrees (WGS 84). */
export type Coordinates = { latitude: number; longitude: number }
