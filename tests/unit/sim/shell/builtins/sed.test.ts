// GNU sed 4.9 against captures of Debian 12's /usr/bin/sed (tests/fixtures/sed-debian-captures.json): scripts on
// kubectl-like tables and a Job manifest, -i on the session's files, and GNU's error texts with their positions.
import { describe } from 'vitest';
import { itMatchesCaptures } from './debian-captures.ts';

describe('sed, as Debian 12 GNU sed 4.9 prints it', () => {
  itMatchesCaptures('sed');
});
