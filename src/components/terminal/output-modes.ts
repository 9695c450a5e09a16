// Output (a command's, or a container's log shown by `kubectl logs`) may carry any bytes, including the control
// sequences that switch a terminal's input modes: `echo -e "\e[?2004h"` turns on bracketed paste, after which
// xterm wraps every paste in ESC[200~ … ESC[201~. Our line editor is the only program reading input, so no
// output may change how input is encoded. Colours and cursor motion pass; mode switches are removed:
//   CSI [?>=<] Pn… h / l     set/reset mode (ANSI and DEC private: 2004 paste, 1 cursor keys, 1000+ mouse, 9001 …)
//   CSI [>=<] Pn… u          keyboard protocol push/pop (kitty, fixterms)
//   ESC = / ESC >            application / normal keypad
// A sequence cut between two chunks is held back until the next chunk completes it.

const MODE_SWITCH = /(?:\x1b\[|\x9b)(?:[?>=<]?[0-9;:]*[ -/]*[hl]|[>=<][0-9;:]*u)|\x1b[=>]/g;
const UNFINISHED = /(?:\x1b|\x1b\[[?>=<]?[0-9;:]*[ -/]*|\x9b[?>=<]?[0-9;:]*[ -/]*)$/;

export class OutputModeFilter {
  private held = '';

  /** The text to show: `text` (after what was held back) without mode switches. */
  filter(text: string): string {
    const joined = this.held + text;
    const cut = UNFINISHED.exec(joined);
    // Only a short tail can be an unfinished sequence; anything longer is shown as it is.
    const hold = cut && joined.length - cut.index <= 32 ? cut.index : joined.length;
    this.held = joined.slice(hold);
    return joined.slice(0, hold).replace(MODE_SWITCH, '');
  }

  /** Forget a held tail (new session, screen reset). */
  reset(): void {
    this.held = '';
  }
}
