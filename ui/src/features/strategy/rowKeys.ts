// Keyboard reordering of editor rows: Alt+ArrowUp / Alt+ArrowDown on a focused row.
import type { MoveDirection } from '../../lib/bindings/MoveDirection';

/** The move a key press asks for, if any. */
export function moveKeyOf(event: KeyboardEvent): MoveDirection | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}

/** The element with exactly this data-testid inside `root` (codes may hold any character). */
export function byTestId(root: HTMLElement, testid: string): HTMLElement | null {
  const all = root.querySelectorAll<HTMLElement>('[data-testid]');
  return Array.from(all).find((element) => element.dataset.testid === testid) ?? null;
}
