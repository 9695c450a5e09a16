// The one event between lesson prose and the terminal: a Run button asks the terminal to type and submit a
// command. Kept in its own module so a command block's script does not pull in xterm.

/** Dispatched on `document`. */
export const RUN_EVENT = 'jobs-lab:run';

/**
 * Dispatched by <jl-terminal> (bubbling) each time its session is (re)built and ready: first boot, reset, or a
 * rebuild after another tab changed the lesson. `detail.session` is the simulator's Session (cluster, shell,
 * records); it is also readable afterwards as `terminal.simulatorSession`. Exercises listen for it instead of
 * reaching into the element.
 */
export const SESSION_EVENT = 'jobs-lab:session';

/**
 * Dispatched on `document` once <jl-terminal> shows its prompt (the view is ready; the simulator may still be
 * loading). The page's other scripts wait for it (src/components/site/after-terminal.ts).
 */
export const TERMINAL_READY_EVENT = 'jobs-lab:terminal-ready';

/**
 * Dispatched on `document` when <jl-terminal> ends a clock jump (`sleep N`, +30 s) it ran in slices. While one
 * runs the terminal carries `data-jumping`: views that redraw on every clock tick (the cluster view) wait for
 * this event and draw once, so each slice stays short (issue 12: no long task while the clock jumps).
 */
export const JUMP_END_EVENT = 'jobs-lab:jump-end';

export interface RunEventDetail {
  /** One line, or several (a here-document): each is submitted in turn, as a paste followed by Enter would be. */
  command: string;
}
