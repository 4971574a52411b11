// The clock and timers the Graph layer waits with, injectable so tests control time (CONVENTIONS.md §3: `now` is
// passed in). Resolved at call time, so jest's fake timers replace the defaults too.
export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
