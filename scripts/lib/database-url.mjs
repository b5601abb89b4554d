// Checks a DATABASE_URL before Medusa boots, so a wrong one ends in one clear
// line instead of a stack trace.
import pg from "pg"

/** The URL with its password replaced by ***, safe to print. */
export function redactDatabaseUrl(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(an unparseable DATABASE_URL)"
  }
}

function describeFailure(error) {
  switch (error?.code) {
    case "ECONNREFUSED":
      return "the connection was refused"
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name does not resolve"
    case "ETIMEDOUT":
      return "the connection timed out"
    case "28P01":
    case "28000":
      return "the user name or password was rejected"
    default:
      return error?.message?.split("\n")[0] || "the connection failed"
  }
}

/**
 * Connects once to `url`; creates its database when the server is reachable but
 * the database does not exist yet. Throws an Error whose message is one line.
 */
export async function ensureDatabaseReachable(url) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL. Fix it in .env, or unset it to use the embedded PostgreSQL.`)
  }
  const where = `${parsed.hostname}:${parsed.port || 5432}`
  const hint = `Start that server, fix DATABASE_URL in .env, or unset DATABASE_URL to use the embedded PostgreSQL.`

  const tryConnect = async (connectionString) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 })
    client.on("error", () => {})
    try {
      await client.connect()
      await client.query("SELECT 1")
    } finally {
      await client.end().catch(() => {})
    }
  }

  try {
    await tryConnect(url)
  } catch (error) {
    if (error?.code !== "3D000") {
      throw new Error(`Cannot reach the database at ${where} (${redactDatabaseUrl(url)}): ${describeFailure(error)}. ${hint}`)
    }
    const database = decodeURIComponent(parsed.pathname.slice(1))
    const admin = new URL(url)
    admin.pathname = "/postgres"
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
    client.on("error", () => {})
    try {
      await client.connect()
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    } catch (createError) {
      throw new Error(`Database "${database}" does not exist at ${where} and could not be created: ${describeFailure(createError)}. ${hint}`)
    } finally {
      await client.end().catch(() => {})
    }
  }
}
