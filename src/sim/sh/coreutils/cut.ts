// cut: GNU coreutils 9.1 (Debian 12's /usr/bin/cut; expected outputs in the tests are its captures), C locale:
// -b/-c select bytes (9.1's -c is -b), -f fields split on -d (default TAB), -s, --output-delimiter, --complement,
// -z, and cut.c's usage errors. Every output line ends with the line delimiter, even the input's unterminated
// last one (cut_bytes, cut_fields). Not modelled: -d set to the line delimiter itself (cut -d $'\n').
// BusyBox's applet is not modelled: containers get GNU's.

import { finished } from '../process.ts';
import { fromBytes, toBytes } from './bytes.ts';
import type { Utility } from './context.ts';
import { parseList, type Range, selects } from './cut-list.ts';
import { GETOPT_ERROR, getopt, longOptions, shortOptions, UsageFailure } from './getopt.ts';
import { gnuHelp, gnuVersion } from './gnu-help.ts';
import { readFile, readStdin } from './inputs.ts';
import { quotef } from './quote.ts';
import { usageText } from './usage.ts';

const SPEC = {
  program: 'cut',
  short: shortOptions('b:c:d:f:nsz'),
  long: longOptions([
    ['bytes', 1, 'b'],
    ['characters', 1, 'c'],
    ['fields', 1, 'f'],
    ['delimiter', 1, 'd'],
    ['only-delimited', 0, 's'],
    ['output-delimiter', 1, 'output-delimiter'],
    ['complement', 0, 'complement'],
    ['zero-terminated', 0, 'z'],
    ['help', 0, 'help'],
    ['version', 0, 'version'],
  ]),
};

interface CutOptions {
  ranges: Range[];
  byteMode: boolean;
  delimiter: string;
  /** undefined = the input delimiter (and, for -b/-c, nothing between ranges). */
  outputDelimiter: string | undefined;
  onlyDelimited: boolean;
  lineDelimiter: string;
}

function fatal(message: string): never {
  throw new UsageFailure(usageText('cut', message));
}

function parse(args: string[]): { options: CutOptions; files: string[] } | 'help' | 'version' {
  const { options, operands } = getopt(SPEC, args);
  let list: string | undefined;
  let byteMode = false;
  let delimiter: string | undefined;
  let outputDelimiter: string | undefined;
  let onlyDelimited = false;
  let lineDelimiter = '\n';
  let complement = false;
  for (const { key, value = '' } of options) {
    switch (key) {
      case GETOPT_ERROR:
        throw new UsageFailure(value);
      case 'help':
      case 'version':
        return key;
      case 'b':
      case 'c':
      case 'f':
        if (key !== 'f') byteMode = true;
        if (list !== undefined) fatal('only one list may be specified');
        list = value;
        break;
      case 'd': {
        // -d '' means the NUL byte; more than one byte (a UTF-8 letter too) is refused.
        const bytes = toBytes(value);
        if (bytes.length > 1) fatal('the delimiter must be a single character');
        delimiter = bytes === '' ? '\0' : bytes;
        break;
      }
      case 'output-delimiter':
        // cut.c: an empty --output-delimiter is one NUL byte (output_delimiter_length 1).
        outputDelimiter = value === '' ? '\0' : toBytes(value);
        break;
      case 's':
        onlyDelimited = true;
        break;
      case 'z':
        lineDelimiter = '\0';
        break;
      case 'complement':
        complement = true;
        break;
    }
  }
  if (list === undefined) fatal('you must specify a list of bytes, characters, or fields');
  if (byteMode && delimiter !== undefined) fatal('an input delimiter may be specified only when operating on fields');
  if (byteMode && onlyDelimited) {
    fatal('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  }
  const ranges = parseList(list, byteMode, complement);
  return {
    options: {
      ranges,
      byteMode,
      delimiter: delimiter ?? '\t',
      outputDelimiter,
      onlyDelimited,
      lineDelimiter,
    },
    files: operands.length > 0 ? operands : ['-'],
  };
}

/** cut_bytes for one line: the selected bytes, --output-delimiter before each later range's first byte. */
function cutBytes(line: string, o: CutOptions): string {
  let out = '';
  let printedAny = false;
  for (let k = 1; k <= line.length; k++) {
    const { selected, rangeStart } = selects(o.ranges, k);
    if (!selected) continue;
    if (o.outputDelimiter !== undefined && printedAny && rangeStart) out += o.outputDelimiter;
    printedAny = true;
    out += line[k - 1];
  }
  return out + o.lineDelimiter;
}

/** cut_fields for one line: a line without the delimiter is printed whole, unless -s. */
function cutFields(line: string, o: CutOptions): string {
  if (!line.includes(o.delimiter)) return o.onlyDelimited ? '' : line + o.lineDelimiter;
  const fields = line.split(o.delimiter);
  const chosen = fields.filter((_, i) => selects(o.ranges, i + 1).selected);
  return chosen.join(o.outputDelimiter ?? o.delimiter) + o.lineDelimiter;
}

export const cut: Utility = (argv, io, ctx) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv.slice(1));
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    io.err(error.message);
    return finished(1);
  }
  if (parsed === 'help' || parsed === 'version') {
    io.out((parsed === 'help' ? gnuHelp('cut') : gnuVersion('cut')) ?? '');
    return finished(0);
  }
  const { options, files } = parsed;
  let status = 0;
  for (const file of files) {
    const text = file === '-' ? readStdin(io) : readFile(ctx.host, file);
    if (text === undefined) {
      const reason = ctx.host.isDirectory(file) ? 'Is a directory' : 'No such file or directory';
      io.err(`cut: ${quotef(file)}: ${reason}\n`);
      status = 1;
      continue;
    }
    const bytes = toBytes(text);
    const lines = bytes === '' ? [] : bytes.split(options.lineDelimiter);
    if (bytes.endsWith(options.lineDelimiter)) lines.pop();
    const cutLine = options.byteMode ? cutBytes : cutFields;
    io.out(fromBytes(lines.map((line) => cutLine(line, options)).join('')));
  }
  return finished(status);
};
