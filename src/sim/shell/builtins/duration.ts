// How far one learner command may move the session's clock (durations are parsed by sh/coreutils/duration.ts).

/**
 * The longest jump of the simulated clock one command makes (a day). The clock advances on the page's main
 * thread, and a day already fires 1,440 runs of a per-minute CronJob; `sleep 999999999` or `sleep inf` would
 * freeze the lesson (and every replay of it), so longer waits are refused with an error and a hint.
 */
export const MAX_ADVANCE_SECONDS = 86_400;
