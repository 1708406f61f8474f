/**
 * The current time, as the services read it: each takes a Clock, so that a test sets the time its code sees
 * (test/clock.ts) and nothing it asserts depends on the day it runs.
 */
export type Clock = () => Date;

/** The system's clock: what every service reads unless it is given another. */
export const systemClock: Clock = () => new Date();
