// GNU tee 9.1 against captures of Debian 12's /usr/bin/tee (tests/fixtures/tee-debian-captures.json).
import { describe } from 'vitest';
import { itMatchesCaptures } from './debian-captures.ts';

describe('tee, as Debian 12 coreutils 9.1 prints it', () => {
  itMatchesCaptures('tee');
});
