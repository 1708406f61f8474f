/** The most rows each list of the module holds: its repositories read that many, its schemas declare the cap. */

/** The most rows the staff's and the worker's lists of activities hold; each says how many there are in all. */
export const ACTIVITIES_CAP = { staff: 500, worker: 200 } as const;

/** The most rows a staff list of courses or of resources holds; each says how many there are in all. */
export const CATALOGUE_CAP = { courses: 500, resources: 500 } as const;

/**
 * The most rows a list holds: the staff's masters, the masters a worker may ask, a person's requests; each says
 * how many there are in all.
 */
export const APPRENTICESHIP_CAP = { masters: 500, federationMasters: 200, requests: 200 } as const;
