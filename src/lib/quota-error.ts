// A full storage quota, told apart from a refusal (private mode, blocked cookies): the learner's progress store
// (localStorage) and the teacher page (IndexedDB through idb-keyval, which rejects with the transaction's error)
// both say "full" only when it is true (issue 15 item 4).

/** The browsers' names for a full quota (Firefox's older one too); code 22 is the legacy QUOTA_EXCEEDED_ERR. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
