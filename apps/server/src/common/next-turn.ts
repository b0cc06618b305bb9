/**
 * Lets the event loop answer other requests before long synchronous work goes on (CSV imports of tens of thousands
 * of rows): awaited every `every` items of a loop.
 */
export async function nextTurn(index = 0, every = 1): Promise<void> {
  if (index % every === 0) await new Promise<void>((resolve) => setImmediate(resolve));
}
