// The image catalogue: which images exist, how a reference written in a pod spec is normalised, how long a
// pull takes (spec §9.2/§4.12), which executables each image has and its default ENTRYPOINT/CMD.
// Digests are stable stand-ins (not the registry's real ones); sizes are the order of the real images.

import type { ImageInfo } from './runtime.ts';

/** What an executable in an image runs as (see programs.ts). Utilities are named after the command. */
export type ProgramName = string;

export interface ImageDefinition {
  /** Repository as the kubelet reports it, e.g. `docker.io/library/ubuntu`. */
  repository: string;
  /** Tags that resolve (first is the default `latest` alias target). */
  tags: string[];
  sizeBytes: number;
  firstPullMs: number;
  cachedPullMs: number;
  flavour: 'gnu' | 'busybox';
  /** Absolute path → program. */
  executables: Record<string, ProgramName>;
  directories: string[];
  /** Image ENV (PATH first, as `docker inspect` lists it). */
  env: Array<[string, string]>;
  entrypoint: string[];
  cmd: string[];
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Commands implemented by sh/coreutils/, present in coreutils and as BusyBox applets alike. */
const CORE_UTILITIES = [
  'echo',
  'printf',
  'test',
  '[',
  'true',
  'false',
  'sleep',
  'date',
  'cat',
  'seq',
  'yes',
  'expr',
  'hostname',
  'env',
  'printenv',
  'head',
  'tail',
  'wc',
  'basename',
  'dirname',
  'uname',
  'whoami',
  'tr',
  'touch',
  'rm',
  'mkdir',
  'sync',
];

function inDirs(dirs: string[], names: string[], program?: ProgramName): Record<string, ProgramName> {
  const out: Record<string, ProgramName> = {};
  for (const dir of dirs) for (const name of names) out[`${dir}/${name}`] = program ?? name;
  return out;
}

const LINUX_DIRS = [
  '/',
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/proc',
  '/root',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/local',
  '/usr/local/bin',
  '/usr/sbin',
  '/var',
];

/** Debian/Ubuntu (usrmerge: /bin is /usr/bin): bash, dash as /bin/sh, coreutils, perl-base. */
function debianLike(): Pick<ImageDefinition, 'flavour' | 'executables' | 'directories'> {
  const bins = ['/bin', '/usr/bin'];
  return {
    flavour: 'gnu',
    executables: {
      ...inDirs(bins, CORE_UTILITIES),
      ...inDirs(bins, ['bash', 'rbash'], 'bash'),
      ...inDirs(bins, ['sh', 'dash'], 'dash'),
      ...inDirs(bins, ['perl'], 'perl'),
    },
    directories: [...LINUX_DIRS, '/boot', '/media', '/mnt', '/opt', '/run', '/sbin', '/srv', '/usr/lib', '/var/log'],
  };
}

/** BusyBox: every applet is /bin/<name>; ash is /bin/sh; no bash. */
function busyboxLike(extraDirs: string[] = []): Pick<ImageDefinition, 'flavour' | 'executables' | 'directories'> {
  return {
    flavour: 'busybox',
    executables: {
      ...inDirs(['/bin'], CORE_UTILITIES),
      ...inDirs(['/bin'], ['sh', 'ash'], 'ash'),
      ...inDirs(extraDirs, CORE_UTILITIES),
    },
    directories: [...LINUX_DIRS, ...extraDirs],
  };
}

const CATALOGUE: Record<string, ImageDefinition> = {
  'hello-world': {
    repository: 'docker.io/library/hello-world',
    tags: ['latest', 'linux'],
    sizeBytes: 5218,
    // 0.8 s: the seed's hello-world Job (1.22) took DURATION 3s in all, sandbox and status reports included.
    firstPullMs: 800,
    cachedPullMs: 600,
    flavour: 'gnu',
    executables: { '/hello': 'hello' },
    directories: ['/', '/dev', '/etc', '/proc', '/sys'],
    env: [['PATH', DEFAULT_PATH]],
    entrypoint: [],
    cmd: ['/hello'],
  },
  busybox: {
    repository: 'docker.io/library/busybox',
    tags: ['latest', 'stable', '1', '1.37', '1.37.0', '1.36', '1.36.1', 'musl', 'glibc', 'uclibc'],
    sizeBytes: 4269678,
    firstPullMs: 1800,
    cachedPullMs: 1100,
    ...busyboxLike(),
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    entrypoint: [],
    cmd: ['sh'],
  },
  alpine: {
    repository: 'docker.io/library/alpine',
    tags: ['latest', '3', '3.22', '3.21', '3.20', '3.19'],
    sizeBytes: 3802452,
    firstPullMs: 1700,
    cachedPullMs: 1000,
    ...busyboxLike(['/usr/bin']),
    env: [['PATH', DEFAULT_PATH]],
    entrypoint: [],
    cmd: ['/bin/sh'],
  },
  bash: {
    repository: 'docker.io/library/bash',
    tags: ['latest', '5', '5.3', '5.2', '5.1', '4.4'],
    sizeBytes: 6372810,
    firstPullMs: 2400,
    cachedPullMs: 1200,
    ...(() => {
      const base = busyboxLike(['/usr/bin']);
      return {
        ...base,
        executables: {
          ...base.executables,
          '/usr/local/bin/bash': 'bash',
          '/usr/local/bin/docker-entrypoint.sh': 'bash-entrypoint',
        },
      };
    })(),
    env: [
      ['PATH', DEFAULT_PATH],
      ['_BASH_VERSION', '5.3'],
    ],
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['bash'],
  },
  ubuntu: {
    repository: 'docker.io/library/ubuntu',
    tags: ['latest', '24.04', 'noble', '22.04', 'jammy', '20.04', 'focal', 'rolling', 'devel'],
    sizeBytes: 29754422,
    // The seed (1.22): job-1, the node's first ubuntu pull, took DURATION 10s; job-2's pods (pulled again, cached
    // layers) failed ≈3-4 s after creation and the replacement came 4 s after the first (spec §9.2).
    firstPullMs: 7400,
    cachedPullMs: 2000,
    ...debianLike(),
    env: [['PATH', DEFAULT_PATH]],
    entrypoint: [],
    cmd: ['/bin/bash'],
  },
  debian: {
    repository: 'docker.io/library/debian',
    tags: ['latest', '13', 'trixie', '12', 'bookworm', 'bookworm-slim', 'trixie-slim', 'stable', 'stable-slim'],
    sizeBytes: 49282796,
    firstPullMs: 6000,
    cachedPullMs: 2200,
    ...debianLike(),
    env: [['PATH', DEFAULT_PATH]],
    entrypoint: [],
    cmd: ['bash'],
  },
  perl: {
    repository: 'docker.io/library/perl',
    tags: ['latest', '5', '5.42', '5.40', '5.38', '5.36', '5.34', '5.34.0', 'slim', 'stable'],
    sizeBytes: 360137530,
    firstPullMs: 8500,
    cachedPullMs: 1500,
    ...(() => {
      const base = debianLike();
      return {
        ...base,
        executables: { ...base.executables, '/usr/local/bin/perl': 'perl' },
      };
    })(),
    env: [['PATH', DEFAULT_PATH]],
    entrypoint: [],
    cmd: ['perl', '-de0'],
  },
  python: {
    repository: 'docker.io/library/python',
    tags: ['latest', '3', '3.14', '3.13', '3.12', '3.11', 'slim', '3.13-slim', '3.12-slim', 'alpine'],
    sizeBytes: 412518300,
    firstPullMs: 9000,
    cachedPullMs: 1500,
    ...(() => {
      const base = debianLike();
      return {
        ...base,
        executables: {
          ...base.executables,
          ...inDirs(['/usr/local/bin'], ['python', 'python3'], 'python'),
        },
      };
    })(),
    env: [
      ['PATH', DEFAULT_PATH],
      ['LANG', 'C.UTF-8'],
    ],
    entrypoint: [],
    cmd: ['python3'],
  },
  nginx: {
    repository: 'docker.io/library/nginx',
    tags: ['latest', 'stable', 'mainline', '1', '1.29', '1.28', '1.27', 'alpine'],
    sizeBytes: 72195292,
    firstPullMs: 3500,
    cachedPullMs: 1300,
    ...(() => {
      const base = debianLike();
      return {
        ...base,
        executables: {
          ...base.executables,
          '/docker-entrypoint.sh': 'nginx-entrypoint',
          '/usr/sbin/nginx': 'nginx',
        },
        directories: [...base.directories, '/docker-entrypoint.d', '/etc/nginx', '/usr/share/nginx/html'],
      };
    })(),
    env: [
      ['PATH', DEFAULT_PATH],
      ['NGINX_VERSION', '1.29.1'],
    ],
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
  },
};

/** Shared between callers (resolveImage keeps one per reference): read-only. */
export interface ResolvedImage {
  readonly definition: ImageDefinition;
  readonly info: Readonly<ImageInfo>;
}

/**
 * Splits `registry/path/name:tag@sha256:…` the way the container runtime does: no registry means
 * docker.io, a single path component means `library/`, no tag and no digest means `:latest`.
 */
export function resolveImage(ref: string): ResolvedImage | undefined {
  // Every pod start and every pull resolves its image (1,000 Jobs: 2,000 parses of the same few references); the
  // answer depends on the text alone, so each reference is parsed once (bounded: learners can type many).
  if (resolved.has(ref)) return resolved.get(ref);
  const answer = parseImageRef(ref);
  if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.clear();
  resolved.set(ref, answer);
  return answer;
}

const RESOLVED_CACHE_SIZE = 256;
const resolved = new Map<string, ResolvedImage | undefined>();

function parseImageRef(ref: string): ResolvedImage | undefined {
  const m =
    /^(?:(?<registry>(?:[a-z0-9.-]+\.[a-z]+|localhost)(?::\d+)?)\/)?(?<path>[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$/.exec(
      ref.trim(),
    );
  if (!m?.groups) return undefined;
  const registry = m.groups.registry ?? 'docker.io';
  if (registry !== 'docker.io' && registry !== 'index.docker.io' && registry !== 'registry-1.docker.io')
    return undefined;
  let path = m.groups.path as string;
  if (path.startsWith('library/')) path = path.slice('library/'.length);
  if (path.includes('/')) return undefined;
  const definition = Object.hasOwn(CATALOGUE, path) ? CATALOGUE[path] : undefined;
  if (!definition) return undefined;
  const tag = m.groups.tag;
  const digest = m.groups.digest;
  if (tag !== undefined && !definition.tags.includes(tag)) return undefined;
  const imageDigest = digest ?? stableDigest(`${definition.repository}:${tag ?? 'latest'}`);
  const reference = digest
    ? `${definition.repository}${tag ? `:${tag}` : ''}@${digest}`
    : `${definition.repository}:${tag ?? 'latest'}`;
  return {
    definition,
    info: {
      reference,
      digest: imageDigest,
      sizeBytes: definition.sizeBytes,
      firstPullMs: definition.firstPullMs,
      cachedPullMs: definition.cachedPullMs,
    },
  };
}

/** A sha256-shaped digest that is always the same for a reference (FNV-1a, widened to 64 hex digits). */
function stableDigest(text: string): string {
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out.slice(0, 64)}`;
}
