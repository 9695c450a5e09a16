// The one event between lesson prose and the terminal: a Run button asks the terminal to type and submit a
// command. Kept in its own module so a command block's script does not pull in xterm.

/** Dispatched on `document`. */
export const RUN_EVENT = 'jobs-lab:run';

export interface RunEventDetail {
  /** One line, or several (a here-document): each is submitted in turn, as a paste followed by Enter would be. */
  command: string;
}
