const PREFIX_BYTES = 4;

/**
 * The positions of `n` ids of `width` bytes in ascending byte order (the order of PostgreSQL's uuids). A radix sort
 * on the first four bytes (four linear passes), then the few runs that share those bytes (random ids: about a
 * hundred pairs in a million) put in order by their whole ids: a fraction of a comparison sort's time.
 */
export function orderByIds(ids: Uint8Array, n: number, width = 16): Uint32Array {
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(256);
  for (let byte = PREFIX_BYTES - 1; byte >= 0; byte--) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[ids[i * width + byte]!]!++;
    let start = 0;
    for (let b = 0; b < 256; b++) {
      const count = counts[b]!;
      counts[b] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const position = order[i]!;
      next[counts[ids[position * width + byte]!]!++] = position;
    }
    [order, next] = [next, order];
  }
  const compare = (a: number, b: number) => {
    for (let k = PREFIX_BYTES; k < width; k++) {
      const d = ids[a * width + k]! - ids[b * width + k]!;
      if (d !== 0) return d;
    }
    return a - b;
  };
  const samePrefix = (a: number, b: number) => {
    for (let k = 0; k < PREFIX_BYTES; k++) if (ids[a * width + k] !== ids[b * width + k]) return false;
    return true;
  };
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && samePrefix(order[i]!, order[j]!)) j++;
    if (j - i > 1) order.subarray(i, j).sort(compare);
    i = j;
  }
  return order;
}
