// Yielding to the page between pieces of work: the dashboard's bar is no task longer than 200 ms, and on a
// big network several listeners of one store update (charts, lists, the map) would each take a good part.

/** Resolves in a task of its own (after the page has handled input and, if due, drawn a frame). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a task of its own after the page has drawn a frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * `run`, called in a task of its own instead of now; calls made before it ran are coalesced into one call
 * with the latest arguments (listeners that compare with what they last drew lose nothing by it).
 */
export function inTaskOfItsOwn<A extends unknown[]>(run: (...args: A) => void): (...args: A) => void {
  let latest: A | null = null;
  return (...args: A) => {
    const scheduled = latest !== null;
    latest = args;
    if (scheduled) return;
    setTimeout(() => {
      const now = latest!;
      latest = null;
      run(...now);
    }, 0);
  };
}
