// Decides which learner hint, if any, follows a command: Korean-layout typing, near-miss command names,
// unknown commands, and kubectl mistakes recognised from kubectl's own error (a Job's name used as a type).

import type { ApiClient } from '../../api/client.ts';
import type { Kind } from '../../api/types.ts';
import { containsHangul, fromKoreanLayout } from './korean-layout.ts';
import { HINT_MESSAGES, type Locale } from './messages.ts';
import { closestWord } from './near-miss.ts';

export interface CommandAdvisor {
  /** Learner hint for `bash: NAME: command not found`. */
  unknownCommand(words: readonly string[]): string | undefined;
  /** Learner hint after a command ended (e.g. `kubectl get job-1` failed): what it printed on stderr. */
  afterCommand(words: readonly string[], exitCode: number, stderr: string): string | undefined;
}

export interface AdvisorOptions {
  locale: Locale;
  /** Commands the shell knows, for near-miss suggestions. */
  commandNames(): readonly string[];
  api: ApiClient;
  namespace: string;
}

/** Kinds a learner names in lessons, with the word `kubectl get` takes. */
const NAMED_KINDS: Array<[Kind, string]> = [
  ['Job', 'job'],
  ['Pod', 'pod'],
  ['CronJob', 'cronjob'],
];

export function createAdvisor(options: AdvisorOptions): CommandAdvisor {
  const messages = HINT_MESSAGES[options.locale];

  const koreanLayout = (words: readonly string[]): string | undefined => {
    if (!words.some(containsHangul)) return undefined;
    const translated = words.map(fromKoreanLayout);
    const first = translated[0] ?? '';
    if (!options.commandNames().includes(first)) {
      const corrected = closestWord(first, options.commandNames());
      if (!corrected) return undefined;
      translated[0] = corrected;
    }
    return messages.koreanLayout(translated.join(' '));
  };

  const objectKinds = (name: string): string[] => {
    const found: string[] = [];
    for (const [kind, word] of NAMED_KINDS) {
      try {
        options.api.get(kind, options.namespace, name);
        found.push(`\`kubectl get ${word} ${name}\``);
      } catch {
        // not an object of this kind
      }
    }
    return found;
  };

  return {
    unknownCommand(words) {
      const name = words[0] ?? '';
      const korean = koreanLayout(words);
      if (korean) return korean;
      const meant = closestWord(name, options.commandNames());
      if (meant) return messages.didYouMean(name, meant);
      return messages.unknownCommand(name, options.commandNames().join(', '));
    },
    afterCommand(words, exitCode, stderr) {
      if (exitCode === 0) return undefined;
      const korean = koreanLayout(words);
      if (korean) return korean;
      if (words[0] !== 'kubectl') return undefined;
      const noType = /the server doesn't have a resource type "([^"]+)"/.exec(stderr);
      if (noType) {
        const kinds = objectKinds(noType[1]!);
        return kinds.length > 0 ? messages.nameAsResourceType(noType[1]!, kinds.join(', ')) : undefined;
      }
      const missingPod = /pods "([^"]+)" not found/.exec(stderr);
      if (missingPod && words.includes('logs')) {
        try {
          options.api.get('Job', options.namespace, missingPod[1]!);
          return messages.logsOfJob(missingPod[1]!);
        } catch {
          return undefined;
        }
      }
      return undefined;
    },
  };
}
