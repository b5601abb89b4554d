/**
 * Sets environment variables for one suite, now (before the test runner boots the
 * app, which reads them) and puts the old values back after the suite.
 */
export function useEnv(settings: Record<string, string>) {
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]))
  Object.assign(process.env, settings)
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
}
