// The session's kubeconfig: what `kind create cluster --name jobslab` writes (context, cluster and user all
// `kind-jobslab`, server https://127.0.0.1:PORT), and the one thing the learner may change in it, the context's
// namespace (`kubectl config set-context --current --namespace=NS`), which every later kubectl command then uses
// as its default (clientcmd's DirectClientConfig.Namespace: the context's namespace, else "default").
// Sources: kubernetes-sigs/kind pkg/cluster/internal/kubeconfig (KINDClusterKey: "kind-" + cluster name, server
// on 127.0.0.1 and the port Docker published for the API server's 6443), client-go tools/clientcmd/api/v1/types.go.
// Kind lets Docker pick a free host port (Linux's ephemeral range 32768-60999); here it comes from a Random stream
// of its own, so the learner's names and UIDs do not move and a replay of the same seed sees the same port.
import { Random } from '../random.ts';

/** kind's name for the context, the cluster and the user of a cluster named `jobslab`. */
const KIND_CONTEXT = 'kind-jobslab';

/** The API server's host port kind published for this seed (a stream of its own: 'kcfg'). */
export function kindApiServerPort(seed: number): number {
  return new Random(seed ^ 0x6b636667).between(32768, 60999);
}

/** The kubeconfig state a session's kubectl reads and `kubectl config` writes. */
export class Kubeconfig {
  /** The one context, cluster and user name (kind uses one name for all three). */
  readonly name = KIND_CONTEXT;
  readonly server: string;
  /** The kind-jobslab context's namespace; '' when unset (kubectl then uses "default"). */
  private contextNamespace = '';

  constructor(port: number) {
    this.server = `https://127.0.0.1:${port}`;
  }

  /** The namespace kubectl uses when no -n is given. */
  namespace(): string {
    return this.contextNamespace || 'default';
  }

  /** The context's own namespace field (empty when unset: omitempty in the v1 Config). */
  get namespaceField(): string {
    return this.contextNamespace;
  }

  setNamespace(namespace: string): void {
    this.contextNamespace = namespace;
  }
}

/** The kubeconfig of a session with this seed. */
export function kindKubeconfig(seed: number): Kubeconfig {
  return new Kubeconfig(kindApiServerPort(seed));
}

/** A context without a kubeconfig of its own (unit tests' bare contexts) gets one, made once. */
export function kubeconfigOf(ctx: { kubeconfig?: Kubeconfig }): Kubeconfig {
  ctx.kubeconfig ??= kindKubeconfig(0);
  return ctx.kubeconfig;
}
