interface ImportMetaEnv {
  /** The API's address when the dashboard is served apart from it; same origin otherwise. */
  readonly VITE_BACKEND_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
