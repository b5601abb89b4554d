/** Set by Medusa's admin bundler from `admin.backendUrl` (MEDUSA_BACKEND_URL) in medusa-config.ts. */
declare const __BACKEND_URL__: string | undefined
/** Set by Medusa's admin bundler: how the dashboard authenticates ("session" unless configured). */
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
/** Set by Medusa's admin bundler: where the dashboard keeps its token when it uses JWTs. */
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
