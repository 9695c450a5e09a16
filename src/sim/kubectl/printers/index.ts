// kubectl's printers: pure functions from API objects + `now` (epoch ms, the virtual clock) + a
// VersionProfile to the exact text kubectl prints. No I/O: callers (src/sim/kubectl commands) decide
// stdout vs stderr and messages such as `No resources found in default namespace.`.
//
// Tables (`kubectl get`)
//   printTables(groups: TableGroup[], options: PrintTablesOptions): string
//     groups: one { kind, objects } per requested kind, in the order kubectl prints them (for `get all`:
//     Pod, Service, CronJob, Job), objects in API list order (namespace/name). Include requested kinds with
//     no objects: they print nothing but make kind prefixes (`pod/x`, `job.batch/x`) appear, as kubectl
//     prefixes whenever more than one kind was requested. Returns '' when nothing matched.
//     options: { now, profile, wide?, showKind?, showLabels?, labelColumns?, allNamespaces?, noHeaders? }
//   new WatchPrinter(kind, options & { outputWatchEvents? })
//     .printInitial(objects, now): string   header + current rows ('' for an empty list)
//     .printEvent('ADDED'|'MODIFIED'|'DELETED', object, now): string   one row, widths only grow
//   buildTable(kind, objects, { now, profile, wide }): Table   raw server-side cells (for custom uses)
//
// Describe (`kubectl describe`), events = the object's events (involvedObject = that object)
//   describeJob(job, events, now, profile): string
//   describePod(pod, events, now, profile): string
//   describeCronJob(cronJob, events, now, profile): string
//   describeNode(node, pods, lease, events, now, profile): string (pods: the node's non-terminated pods)
//   describeServiceAccount(sa, secrets, events, now, profile), describeConfigMap(cm, events, now, profile),
//   describeSecret(secret): string (secrets: the account's namespace's Secrets, for 1.22's Tokens lines)
//   describeDeployment(deployment, oldSets, newSet, events, now, profile): string
//   describeReplicaSet(rs, podPhases, events, now, profile) / describeDaemonSet(ds, podPhases, events, now, profile)
//
// Output formats
//   toYaml(value): string            -o yaml (yaml.v2 style); wrap several objects with listOf(items)
//   toJson(value, order?): string    -o json ('sorted' keys like unstructured get; 'insertion' for typed)
//   formatName(object, operation?)   -o name / `job.batch/x created`; printNames(objects, operation?)
//   printJsonPath(template, data, { allowMissingKeys?, asJson? }): { ok, text } | { ok: false, error }
//     -o jsonpath=T, -o jsonpath-as-json=T (asJson), --template=T -o jsonpath. data = the object's JSON, or
//     listOf(items) for several. The template is used verbatim (kubectl does not relax it: `-o jsonpath=.x`
//     prints `.x`). allowMissingKeys defaults to true like --allow-missing-template-keys. error is the Go
//     error text for CheckErr (formatError adds `error: `): parse errors, or `error executing jsonpath …`
//     with its debugging dump (ends in blank lines). jsonPathTemplateError(template) gives the parse error
//     alone, for failing before any API call as kubectl's ToPrinter does.
//   parseCustomColumnsSpec(spec) / parseCustomColumnsTemplate(fileText): { ok, spec } | { ok: false, error }
//     -o custom-columns=SPEC / -o custom-columns-file=F (kubectl rejects a bad spec before any API call).
//   printCustomColumns(spec, objects, { noHeaders? }): { ok, text } | { ok: false, text, error }
//     objects = the items (or the single object) as JSON; on failure text is the stdout already written.
//   relaxedJsonPathExpression(path): `a.b`/`.a.b`/`{a.b}` → `{.a.b}` (custom columns, --sort-by, wait).
//
// Re-exported below: what commands use through this file. Tables (print-tables.ts, watch.ts, tables.ts) and the
// building blocks (tabwriter.ts, duration.ts, labels.ts, time.ts, output/name.ts's formatName) are imported
// from their own files.

export { describeConfigMap, describeSecret, describeServiceAccount } from './describe/config.ts';
export { describeCronJob } from './describe/cronjob.ts';
export { describeDaemonSet } from './describe/daemonset.ts';
export { describeDeployment } from './describe/deployment.ts';
export { describeJob } from './describe/job.ts';
export { describeNode } from './describe/node.ts';
export { describePod } from './describe/pod.ts';
export { describeReplicaSet } from './describe/replicaset.ts';
export {
  type CustomColumnsSpec,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJsonPathExpression,
} from './output/custom-columns.ts';
export { type JsonKeyOrder, toJson } from './output/json.ts';
export { jsonPathTemplateError, printJsonPath } from './output/jsonpath.ts';
export { listOf } from './output/list.ts';
export { printNames } from './output/name.ts';
export { toYaml } from './output/yaml.ts';
