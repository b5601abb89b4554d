type StoredClosure = { id: string; bakery_id: string; from: string; to: string; reason: string | null; created_at: Date | string }

/** A closure as staff see it: its days and reason, not its bookkeeping. */
export const closureView = ({ id, bakery_id, from, to, reason, created_at }: StoredClosure) => ({
  id,
  bakery_id,
  from,
  to,
  reason,
  created_at: new Date(created_at).toISOString(),
})
