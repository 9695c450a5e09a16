// Non-local control flow inside the interpreter, carried as exceptions through the generator stack:
// `exit`, `break`/`continue`, `return`, and fatal shell errors (which end the shell with a status).

export class ExitSignal {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

export class LoopSignal {
  readonly kind: 'break' | 'continue';
  levels: number;
  constructor(kind: 'break' | 'continue', levels: number) {
    this.kind = kind;
    this.levels = levels;
  }
}

export class ReturnSignal {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/** Ctrl-C at a terminal: the whole line ends (interactive bash abandons the rest of the list). */
export class InterruptSignal {}

/** `exit N` keeps the low 8 bits like the kernel does: 256 → 0, -1 → 255. */
export function wrapStatus(n: bigint | number): number {
  return Number(BigInt.asUintN(8, BigInt(n)));
}
