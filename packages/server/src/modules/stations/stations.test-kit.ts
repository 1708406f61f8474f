/**
 * A station as the stations tests send it to `POST /api/stations`: an outdoor workers' station (户外劳动者驿站) of
 * `orgId` at 昌平区政府街, offering water and charging, with `over` in place.
 */
export const changpingStation = (orgId: number, name: string, over: Record<string, unknown> = {}) => ({
  orgId,
  name,
  kind: 'outdoor',
  district: '110114',
  address: '北京市昌平区政府街',
  lng: 116.231,
  lat: 40.22,
  services: ['water', 'charge'],
  ...over,
});
