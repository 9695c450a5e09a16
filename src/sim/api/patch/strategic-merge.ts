// Strategic merge patch (apimachinery pkg/util/strategicpatch patch.go mergeMap/mergeSlice) for the kinds the
// simulator stores. Maps merge key by key (null deletes); a list merges element by element by its merge key only
// where the Go type says `patchStrategy:"merge"` (k8s.io/api core/v1 and batch/v1 types.go: containers,
// initContainers, ephemeralContainers, env, volumes, imagePullSecrets by name, volumeMounts by mountPath, ports by
// containerPort, hostAliases by ip, ownerReferences by uid, finalizers as a set); every other list is replaced
// whole, as a JSON merge patch does. Directives: `$patch: replace` (a map replaced whole), `$patch: delete` (a map
// removed, or a list element removed by its key); `$retainKeys`, `$setElementOrder` and `$deleteFromPrimitiveList`
// (what `kubectl apply` computes, not what a learner types) are not modelled and are dropped.
type Json = unknown;
type JsonMap = Record<string, Json>;

const isObject = (v: Json): v is JsonMap => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Field name → merge key of a `patchStrategy:"merge"` list of objects; '' for a merged list of scalars. */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  imagePullSecrets: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  hostAliases: 'ip',
  ownerReferences: 'uid',
  finalizers: '',
};

const DIRECTIVE = '$patch';

/** A bad directive, as strategicpatch reports it (the server answers BadRequest). */
export class StrategicPatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StrategicPatchError';
  }
}

/** fmt's %v of a map[string]interface{}: keys sorted, `map[k:v …]`. */
function goMap(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(goMap).join(' ')}]`;
  if (!isObject(value)) return value === null ? '<nil>' : String(value);
  return `map[${Object.keys(value)
    .sort()
    .map((k) => `${k}:${goMap(value[k])}`)
    .join(' ')}]`;
}

function withoutDirectives(map: JsonMap): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(map)) if (!k.startsWith('$')) out[k] = v;
  return out;
}

/** A patch value where there is nothing to merge into: directives stripped, nested too. */
function fresh(value: Json): Json {
  if (Array.isArray(value)) return value.map(fresh);
  if (!isObject(value)) return value;
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(withoutDirectives(value))) if (v !== null) out[k] = fresh(v);
  return out;
}

function mergeList(original: Json, patch: Json[], field: string): Json {
  const key = MERGE_KEYS[field];
  if (key === undefined || !Array.isArray(original)) return fresh(patch);
  if (key === '') {
    // A merged list of scalars: the union, original order first.
    const out = [...original];
    for (const v of patch) if (!out.some((o) => o === v)) out.push(v);
    return out;
  }
  const out = original.map((o) => o);
  for (const item of patch) {
    if (!isObject(item)) throw new StrategicPatchError(`invalid list element in ${field}: not an object`);
    // mergepatch.ErrNoMergeKey prints the element with Go's %v (`map[image:x]`); the status the server wraps it
    // in is not verified (answered here as BadRequest).
    if (!(key in item)) {
      throw new StrategicPatchError(`map: ${goMap(item)} does not contain declared merge key: ${key}`);
    }
    const at = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item[DIRECTIVE] === 'delete') {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    if (at >= 0) out[at] = mergeMap(out[at] as JsonMap, item);
    else out.push(fresh(item));
  }
  return out;
}

function mergeMap(original: JsonMap, patch: JsonMap): Json {
  const directive = patch[DIRECTIVE];
  if (directive === 'replace') return fresh(withoutDirectives(patch));
  if (directive === 'delete') return undefined;
  if (directive !== undefined) throw new StrategicPatchError(`Unknown patch type: ${String(directive)}`);
  const out: JsonMap = { ...original };
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) {
      delete out[k];
    } else if (isObject(v)) {
      const merged = isObject(out[k]) ? mergeMap(out[k] as JsonMap, v) : mergeMap({}, v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else if (Array.isArray(v)) {
      out[k] = mergeList(out[k], v, k);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** StrategicMergePatch(original, patch) for a map patch. */
export function strategicMergePatch(original: JsonMap, patch: JsonMap): JsonMap {
  return (mergeMap(original, patch) ?? {}) as JsonMap;
}
