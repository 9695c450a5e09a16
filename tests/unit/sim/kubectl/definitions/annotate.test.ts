// Whole-output test of `kubectl annotate --help` in the 1.22 profile and of its Long in 1.35, written from
// kubectl's pkg/cmd/annotate/annotate.go (annotateLong through templates.LongDesc, then "\n\n" and
// cmdutil.SuggestAPIResources("kubectl") unrendered; annotateExample; Use; the flags of NewCmdAnnotate at v0.22.0,
// whose --all and -l still said "including uninitialized ones"), cmd/util/helpers.go (AddFilenameOptionFlags
// "identifying the resource to update the annotation", AddDryRunFlag, AddFieldManagerFlagVar "kubectl-annotate")
// and cli-runtime v0.22.0's PrintFlags; laid out by 1.22's templater.go flagsUsages. Not from the simulator.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const LONG = `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.

`;

const ANNOTATE_HELP_122 = `${LONG}Examples:
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update a pod identified by type and name in "pod.json"
  kubectl annotate -f pod.json description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-

Options:
      --all=false: Select all resources, including uninitialized ones, in the namespace of the specified resource types.
  -A, --all-namespaces=false: If true, check the specified action in all namespaces.
      --allow-missing-template-keys=true: If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
      --dry-run='none': Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
      --field-manager='kubectl-annotate': Name of the manager used to track field ownership.
      --field-selector='': Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.
  -f, --filename=[]: Filename, directory, or URL to files identifying the resource to update the annotation
  -k, --kustomize='': Process the kustomization directory. This flag can't be used together with -f or -R.
      --list=false: If true, display the annotations for a given resource.
      --local=false: If true, annotation will NOT contact api-server but run locally.
  -o, --output='': Output format. One of: json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file.
      --overwrite=false: If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.
  -R, --recursive=false: Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
      --resource-version='': If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.
  -l, --selector='': Selector (label query) to filter on, not including uninitialized ones, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2).
      --show-managed-fields=false: If true, keep the managedFields when printing objects in JSON or YAML format.
      --template='': Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

Usage:
  kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

describe('kubectl annotate --help', () => {
  it('1.22, whole', () => {
    expect(terminal('1.22').run('kubectl annotate --help')).toEqual({
      stdout: ANNOTATE_HELP_122,
      stderr: '',
      exitCode: 0,
    });
  });
  it('1.35 has the same Long and Examples, and the newer --all text', () => {
    const { stdout } = terminal('1.35').run('kubectl annotate --help');
    expect(stdout.startsWith(LONG)).toBe(true);
    expect(stdout).toContain(
      '    --all=false:\n\tSelect all resources, in the namespace of the specified resource types.\n',
    );
  });
});
