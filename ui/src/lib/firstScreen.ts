// The start-up signal: once the first screen is drawn with its data, the backend is told (once),
// and writes a line that `cargo xtask bench` reads to measure start-up from outside the app.
import { markFirstScreen } from './ipc';

let told = false;

/** Call when the first screen shows its data (or why it cannot); only the first call counts. */
export function firstScreenDrawn(): void {
  if (told) return;
  told = true;
  // The first frame lays the screen out; the callback of the second runs once it is painted.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      // The signal only feeds measurements: should it fail, the user misses nothing.
      markFirstScreen().catch(() => undefined);
    }),
  );
}
