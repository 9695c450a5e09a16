// src/sim/api/core-decoding.ts: what the API server's decoder refuses in ServiceAccounts, ConfigMaps and Secrets.
// Expected texts follow Go's encoding/json UnmarshalTypeError ("json: cannot unmarshal number into Go struct field
// ConfigMap.data of type string") and encoding/base64 CorruptInputError ("illegal base64 data at input byte N": the
// offset of the first bad character, or of the incomplete last quantum's start), wrapped by apimachinery as
// `<Kind> in version "v1" cannot be handled as a <Kind>: …`.
import { describe, expect, it } from 'vitest';
import { coreDecodingError } from '../../../../src/sim/api/core-decoding.ts';
import { terminal } from '../../harness/session.ts';

describe('core decoding', () => {
  it('wrong JSON types in ConfigMap, Secret and ServiceAccount fields', () => {
    expect(coreDecodingError({ kind: 'ConfigMap', data: { a: 1 } })).toBe(
      'json: cannot unmarshal number into Go struct field ConfigMap.data of type string',
    );
    expect(coreDecodingError({ kind: 'ConfigMap', data: 'x' })).toBe(
      'json: cannot unmarshal string into Go struct field ConfigMap.data of type map[string]string',
    );
    expect(coreDecodingError({ kind: 'Secret', type: 7 })).toBe(
      'json: cannot unmarshal number into Go struct field Secret.type of type string',
    );
    expect(coreDecodingError({ kind: 'ServiceAccount', imagePullSecrets: 'x' })).toBe(
      'json: cannot unmarshal string into Go struct field ServiceAccount.imagePullSecrets of type []v1.LocalObjectReference',
    );
    expect(coreDecodingError({ kind: 'ConfigMap', data: { a: 'b' }, binaryData: { c: 'AAEC' } })).toBeUndefined();
    expect(coreDecodingError({ kind: 'Job', spec: 5 })).toBeUndefined();
  });

  it('Secret data must be base64', () => {
    expect(coreDecodingError({ kind: 'Secret', data: { x: '!!!' } })).toBe('illegal base64 data at input byte 0');
    expect(coreDecodingError({ kind: 'Secret', data: { x: 'abcde' } })).toBe('illegal base64 data at input byte 4');
    expect(coreDecodingError({ kind: 'Secret', data: { x: 'aHVudGVyMg==' } })).toBeUndefined();
  });

  it('kubectl apply reports it and stores nothing', () => {
    const { run } = terminal('1.35', {
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nums\ndata:\n  a: 1\n',
    });
    expect(run('kubectl apply -f cm.yaml')).toEqual({
      stdout: '',
      stderr:
        'Error from server (BadRequest): error when creating "cm.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ConfigMap.data of type string\n',
      exitCode: 1,
    });
    expect(run('kubectl get cm nums').stderr).toBe('Error from server (NotFound): configmaps "nums" not found\n');
  });
});
