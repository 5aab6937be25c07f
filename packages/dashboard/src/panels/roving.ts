// Roving focus for lists of buttons: one Tab stop for the list, arrow keys, Home and End move between items
// (the WAI-ARIA pattern), so a 50-entry list does not cost 50 Tab presses.

export function rovingFocus(list: HTMLElement, selector = 'button'): void {
  list.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll<HTMLElement>(selector)];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    let next = -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(items.length - 1, at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next < 0) return;
    event.preventDefault();
    setTabStop(items, next);
    items[next].focus();
  });
  list.addEventListener('focusin', (event) => {
    const items = [...list.querySelectorAll<HTMLElement>(selector)];
    const at = items.indexOf(event.target as HTMLElement);
    if (at >= 0) setTabStop(items, at);
  });
}

/** Makes item `at` the list's only Tab stop (call after rendering, with the current item). */
export function setTabStop(items: HTMLElement[], at: number): void {
  items.forEach((item, k) => (item.tabIndex = k === at ? 0 : -1));
}
