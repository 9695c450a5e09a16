// `kubectl wait --for=condition=X|delete|jsonpath=… TYPE/NAME` (kubectl pkg/cmd/wait; spec §7.4): moves the
// virtual clock until the condition holds or `--timeout` (default 30s) expires.

import { StatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ClockJumps } from '../../jumps.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { waitDefinition } from '../definitions/wait.ts';
import { formatError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { relaxedJsonPathExpression } from '../printers/index.ts';
import { goSprint } from '../printers/output/go-format.ts';
import { evaluateJsonPath } from '../printers/output/jsonpath.ts';
import { JsonPathParseError, parseJsonPath } from '../printers/output/jsonpath-parser.ts';
import { kindPrefix, parseResourceArgs, type ResourceType } from '../resources.ts';
import { getObject, listObjects } from './get.ts';

type Check = (obj: KubeObject | undefined) => boolean;

/** wait.go splitJSONPathInput: split on single '=', a doubled '==' stays in the element. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        element += '==';
        i++;
      } else {
        out.push(element);
        element = '';
      }
    } else element += input[i];
  }
  out.push(element);
  return out;
}

/** Go strings.Trim(s, `'"`). */
const trimQuotes = (s: string): string => s.replace(/^['"]+|['"]+$/g, '');

/**
 * wait.go processJSONPathInput + newJSONPathParser (missing keys allowed) + JSONPathWait.checkCondition:
 * the first result must exist and be a scalar whose %v equals the value (any value without `=VALUE`).
 */
function jsonPathCheck(input: string): Check {
  const parts = splitJsonPathInput(input);
  if (parts.length > 2) {
    throw new Error(
      "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'",
    );
  }
  const relaxed = relaxedJsonPathExpression(parts[0] ?? '');
  if (!relaxed.ok) throw new Error(relaxed.error);
  const value = parts[1] === undefined ? undefined : trimQuotes(parts[1]);
  if (value === '') {
    throw new Error(
      "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3",
    );
  }
  if (relaxed.path === '') throw new Error('jsonpath expression cannot be empty');
  let root: ReturnType<typeof parseJsonPath>;
  try {
    root = parseJsonPath(relaxed.path);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new Error(e.message);
    throw e;
  }
  return (obj) => {
    if (obj === undefined) return false;
    const found = evaluateJsonPath(root, JSON.parse(JSON.stringify(obj)) as unknown, true);
    if (!found.ok) throw new Error(found.error);
    const first = found.groups[0]?.[0];
    if (found.groups[0] === undefined || found.groups[0].length === 0) return false;
    // verifyParsedJSONPath
    if (found.groups.length > 1) throw new Error('given jsonpath expression matches more than one list');
    if (found.groups[0].length > 1) throw new Error('given jsonpath expression matches more than one value');
    if (value === undefined) return true;
    if (typeof first === 'object' && first !== null) {
      throw new Error('jsonpath leads to a nested object or list which is not supported');
    }
    return goSprint(first).trim() === value.trim();
  };
}

/** wait.go conditionFuncFor: condition=Type[=Value] (case-insensitive type), delete, jsonpath=. */
function checkFor(spec: string): Check {
  const lower = spec.toLowerCase();
  if (lower === 'delete') return (obj) => obj === undefined;
  if (lower.startsWith('condition=')) {
    const rest = spec.slice('condition='.length);
    const eq = rest.indexOf('=');
    const type = (eq >= 0 ? rest.slice(0, eq) : rest).toLowerCase();
    const value = (eq >= 0 ? rest.slice(eq + 1) : 'true').toLowerCase();
    return (obj) => {
      const conditions =
        (obj as { status?: { conditions?: Array<{ type: string; status: string }> } } | undefined)?.status
          ?.conditions ?? [];
      return conditions.some((c) => c.type.toLowerCase() === type && c.status.toLowerCase() === value);
    };
  }
  if (lower.startsWith('jsonpath=')) return jsonPathCheck(spec.slice('jsonpath='.length));
  throw new Error(`unrecognized condition: "${spec}"`);
}

function runWait(flags: Flags, env: CommandEnv): ProgramResult {
  const forSpec = flags.string('for');
  if (forSpec === '') throw new Error('--for must be specified');
  const check = checkFor(forSpec);
  const isDelete = forSpec.toLowerCase() === 'delete';
  const { types, refs } = parseResourceArgs(flags.positionals);
  const targets: Target[] = [...refs];
  const selector = flags.changed('selector') ? parseLabelSelector(flags.string('selector')) : undefined;
  for (const type of types) {
    for (const obj of listObjects(env, type, env.namespace, selector)) targets.push({ type, name: obj.metadata.name });
  }
  if (targets.length === 0) throw new Error('no matching resources found');
  const current = (t: Target): KubeObject | undefined => {
    try {
      return getObject(env, t.type, env.namespace, t.name);
    } catch (e) {
      if (e instanceof StatusError && e.reason === 'NotFound') return undefined;
      throw e;
    }
  };
  const deadline = env.ctx.clock.now() + flags.duration('timeout');
  const jumps = env.ctx.jumps;
  if (jumps?.deferred) return waitDeferred(env, jumps, targets, { check, current, isDelete, deadline });
  for (const t of targets) {
    // Waiting for a condition on an object that does not exist fails at once with NotFound.
    if (!isDelete && current(t) === undefined) getObject(env, t.type, env.namespace, t.name);
    const met = env.ctx.clock.advanceUntil(() => check(current(t)), Math.max(deadline, env.ctx.clock.now()));
    if (!met) throw timedOut(t);
    env.io.out(`${kindPrefix(t.type)}/${t.name} condition met\n`);
  }
  return OK;
}

type Target = { type: ResourceType; name: string };

/** wait/condition.go extendErrWaitTimeout: wait.ErrorInterrupted's text and `<resource>/<name>` (delete's wait too). */
export function timedOut(t: Target): Error {
  return new Error(`timed out waiting for the condition on ${t.type.resource}/${t.name}`);
}

/**
 * The same wait in deferred mode (the browser's terminal, src/sim/jumps.ts): a foreground process the session's
 * driver moves the clock for, in slices, halting right after the timer that meets the condition, so the page
 * stays responsive and Ctrl-C stops it (exit 130). The steps and their output are those of the loop above:
 * targets in order, the NotFound check as each one's turn comes, `condition met` lines, the timeout error.
 */
function waitDeferred(
  env: CommandEnv,
  jumps: ClockJumps,
  targets: Target[],
  wait: { check: Check; current: (t: Target) => KubeObject | undefined; isDelete: boolean; deadline: number },
): ProgramResult {
  const { check, current, isDelete, deadline } = wait;
  let index = 0;
  let started = -1;
  /** Prints what holds now; returns the exit code once the wait is over (undefined: wait on). Throws as the loop. */
  const step = (): number | undefined => {
    while (index < targets.length) {
      const t = targets[index]!;
      if (started < index) {
        started = index;
        if (!isDelete && current(t) === undefined) getObject(env, t.type, env.namespace, t.name);
      }
      if (!check(current(t))) {
        if (env.ctx.clock.now() >= deadline) throw timedOut(t);
        return undefined;
      }
      env.io.out(`${kindPrefix(t.type)}/${t.name} condition met\n`);
      index++;
    }
    return 0;
  };
  const first = step();
  if (first !== undefined) return { exitCode: first };

  const running = jumps.waitingProcess({
    target: Math.max(deadline, env.ctx.clock.now()),
    until: () => {
      try {
        return check(current(targets[index]!));
      } catch {
        return true; // settle() meets the same error and prints it
      }
    },
    settle: (exit) => {
      try {
        const code = step();
        if (code !== undefined) exit(code);
      } catch (e) {
        try {
          env.io.err(formatError(e, env.profile));
        } catch {
          env.io.err('error: internal error\n');
        }
        exit(1);
      }
    },
    interrupt: (exit) => exit(130),
  });
  return { running };
}

export const waitCommand: Command = {
  ...waitDefinition,
  run: runWait,
};
