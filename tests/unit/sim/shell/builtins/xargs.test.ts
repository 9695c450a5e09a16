// GNU xargs 4.9.0 against captures of Debian 12's /usr/bin/xargs (tests/fixtures/xargs-debian-captures.json; the
// real runs used /usr/bin/echo, printf, false …, the learner's shell its own), then xargs running kubectl.
import { describe } from 'vitest';
import { itMatchesCaptures } from './debian-captures.ts';

describe('xargs, as Debian 12 findutils 4.9.0 prints it', () => {
  itMatchesCaptures('xargs');
});
