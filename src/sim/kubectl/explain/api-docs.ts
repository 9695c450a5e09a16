// Field descriptions shared by all kinds (k8s.io/apimachinery meta/v1 TypeMeta/ObjectMeta doc comments as the
// OpenAPI spec serves them; unchanged from 1.22 through 1.35).
import { type Field, opaque, str } from './schema.ts';

const CONVENTIONS = 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

export const API_VERSION_FIELD: Field = {
  name: 'apiVersion',
  type: str(),
  description: `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${CONVENTIONS}#resources`,
};

export const KIND_FIELD: Field = {
  name: 'kind',
  type: str(),
  description: `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${CONVENTIONS}#types-kinds`,
};

export const OBJECT_META = opaque(
  'ObjectMeta',
  'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
);

export const METADATA_FIELD: Field = {
  name: 'metadata',
  type: OBJECT_META,
  description: `Standard object's metadata. More info: ${CONVENTIONS}#metadata`,
};

export const SPEC_STATUS = `${CONVENTIONS}#spec-and-status`;
