// What the API server's JSON decoder refuses in a ServiceAccount, ConfigMap or Secret before anything else looks at
// it: a field of the wrong JSON type, and Secret data that is not base64 ([]byte fields decode base64). The texts are
// encoding/json's, as a current server (sigs.k8s.io/json) returns them inside `<Kind> in version "v1" cannot be
// handled as a <Kind>: …`: `json: cannot unmarshal number into Go struct field ConfigMap.data of type string`,
// `illegal base64 data at input byte 4`. UNVERIFIED for 1.22, whose json-iterator decoder words them otherwise and
// whose kubectl validates types client-side first; the simulator answers both profiles with these texts.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** encoding/json's name of a JSON value's type (UnmarshalTypeError.Value). */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'object' ? 'object' : typeof value;
}

const STD_BASE64 = /^[A-Za-z0-9+/]*$/;

/** encoding/base64 StdEncoding.Decode's CorruptInputError offset for `text`, or undefined when it decodes. */
function base64Error(text: string): number | undefined {
  const body = text.replace(/=+$/, '');
  const padding = text.length - body.length;
  for (let i = 0; i < body.length; i++) if (!STD_BASE64.test(body[i]!)) return i;
  if (padding > 2 || text.length % 4 !== 0) return Math.max(0, text.length - (text.length % 4 || 4));
  return undefined;
}

type Check = (value: unknown) => string | undefined;

const unmarshal = (value: unknown, field: string, goType: string) =>
  `json: cannot unmarshal ${jsonType(value)} into Go struct field ${field} of type ${goType}`;

function stringMap(field: string, base64 = false): Check {
  return (value) => {
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) return unmarshal(value, field, base64 ? 'map[string][]uint8' : 'map[string]string');
    for (const v of Object.values(value)) {
      if (typeof v !== 'string' && v !== null) return unmarshal(v, field, base64 ? '[]uint8' : 'string');
      if (base64 && typeof v === 'string') {
        const at = base64Error(v);
        if (at !== undefined) return `illegal base64 data at input byte ${at}`;
      }
    }
    return undefined;
  };
}

function scalar(field: string, type: 'string' | 'boolean'): Check {
  return (value) =>
    value === undefined || value === null || typeof value === type
      ? undefined
      : unmarshal(value, field, type === 'boolean' ? 'bool' : 'string');
}

function references(field: string, goType: string): Check {
  return (value) => {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) return unmarshal(value, field, `[]${goType}`);
    for (const item of value) {
      if (!isObject(item) && item !== null) return unmarshal(item, field, goType);
      const name = isObject(item) ? item.name : undefined;
      if (name !== undefined && name !== null && typeof name !== 'string')
        return unmarshal(name, `${field}.name`, 'string');
    }
    return undefined;
  };
}

const FIELDS: Record<string, Record<string, Check>> = {
  ConfigMap: {
    data: stringMap('ConfigMap.data'),
    binaryData: stringMap('ConfigMap.binaryData', true),
    immutable: scalar('ConfigMap.immutable', 'boolean'),
  },
  Secret: {
    data: stringMap('Secret.data', true),
    stringData: stringMap('Secret.stringData'),
    type: scalar('Secret.type', 'string'),
    immutable: scalar('Secret.immutable', 'boolean'),
  },
  ServiceAccount: {
    secrets: references('ServiceAccount.secrets', 'v1.ObjectReference'),
    imagePullSecrets: references('ServiceAccount.imagePullSecrets', 'v1.LocalObjectReference'),
    automountServiceAccountToken: scalar('ServiceAccount.automountServiceAccountToken', 'boolean'),
  },
};

/** The decoder's error for `obj`, or undefined when it decodes (kinds other than the three always do here). */
export function coreDecodingError(obj: { kind: string } & Record<string, unknown>): string | undefined {
  const checks = FIELDS[obj.kind];
  if (!checks) return undefined;
  for (const [field, check] of Object.entries(checks)) {
    const error = check(obj[field]);
    if (error) return error;
  }
  return undefined;
}
