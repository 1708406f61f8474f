/**
 * `fn` answered once for each argument: for the look-ups a register's rows repeat (a union's access, a day's
 * expiry, a selection's name as compared), so a file of thousands of rows computes each distinct one once. The
 * answers live as long as the function it returns (one import).
 */
export function once<T>(fn: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
