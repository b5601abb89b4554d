import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { readFileSync, writeFileSync } from "node:fs"
import { basename, join, resolve } from "node:path"

const ROOT = resolve(__dirname, "..", "..")

export type RunResult = { code: number | null; stdout: string; stderr: string }

/**
 * The environment of a child npm, node or tsc: this process's, without the
 * `npm_*` variables `npm test` sets for its own scripts (a child npm would read
 * them as its configuration); the npm cache and user config stay as they are.
 */
function childEnv() {
  const keep = new Set(["npm_config_cache", "npm_config_userconfig"])
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_") || keep.has(key.toLowerCase())))
}

/** Runs a program without blocking this process, whose test server must keep answering meanwhile. */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("error", fail)
    child.on("close", (code) => done({ code, stdout, stderr }))
  })
}

/** Runs a program and fails with its output unless it exits 0. */
export async function runOrFail(command: string, args: string[], cwd: string) {
  const result = await run(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(`${[command, ...args].join(" ")} (in ${cwd}) exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
  }
  return result
}

export type PackedFile = { path: string; size: number }

/** `npm pack -w @sweetspot/sdk` into `destination` (its prepack script builds dist/ first): the tarball and its files. */
export async function packSdk(destination: string) {
  const { stdout } = await runOrFail("npm", ["pack", "-w", "@sweetspot/sdk", "--pack-destination", destination, "--json"], ROOT)
  // The build's own line comes before npm's JSON.
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: PackedFile[] }[]
  return { tarball: join(destination, packed.filename), files: packed.files.map((file) => file.path).sort() }
}

type LockEntry = {
  version?: string
  resolved?: string
  integrity?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  dev?: boolean
  devOptional?: boolean
  peer?: boolean
  optional?: boolean
  [key: string]: unknown
}

/**
 * The root lockfile's entries for `names` and everything they depend on, each at
 * the path it has there (so Node finds the same versions), as a project that
 * depends on `names` alone would lock them.
 */
export function lockClosure(packages: Record<string, LockEntry>, names: string[]) {
  const picked: Record<string, LockEntry> = {}
  const find = (from: string, name: string) => {
    // As Node resolves: the nearest node_modules up from the dependent's own folder.
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`
      if (packages[candidate]) {
        return candidate
      }
      if (!dir) {
        return undefined
      }
    }
  }
  const queue = names.map((name) => ({ from: "", name, optional: false }))
  while (queue.length) {
    const { from, name, optional } = queue.shift()!
    const at = find(from, name)
    if (!at) {
      if (optional) {
        continue
      }
      throw new Error(`The root lockfile has no ${name} for ${from || "the root"}: run npm ci at the root first`)
    }
    if (picked[at]) {
      continue
    }
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = packages[at]
    picked[at] = entry
    const optionalPeers = Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([peer]) => peer)
    for (const dependency of Object.keys(entry.dependencies ?? {})) {
      queue.push({ from: at, name: dependency, optional: false })
    }
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) {
      queue.push({ from: at, name: dependency, optional: true })
    }
    for (const dependency of Object.keys(entry.peerDependencies ?? {})) {
      queue.push({ from: at, name: dependency, optional: optionalPeers.includes(dependency) })
    }
  }
  return picked
}

/**
 * A storefront project in `dir` with nothing but `@medusajs/js-sdk`, `typescript`
 * and the packed `@sweetspot/sdk` (a tarball in `dir`), installed without the
 * network by `npm ci --offline`: its lockfile pins js-sdk and typescript (and what
 * they depend on) to the root lockfile's versions, whose tarballs and metadata the
 * root `npm ci` left in npm's cache, and the package to the tarball itself. (`npm
 * install <tarball> --offline` cannot do it on such a cache: to settle the
 * package's peer dependency it asks for js-sdk's full registry document, which
 * `npm ci` never fetches.)
 */
export async function installOutsideProject(dir: string, tarball: string) {
  const rootLock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> }
  const rootManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
  const sdkManifest = JSON.parse(readFileSync(join(ROOT, "packages", "sdk", "package.json"), "utf8"))
  const file = `file:${basename(tarball)}`
  const dependencies = {
    "@medusajs/js-sdk": rootManifest.dependencies["@medusajs/js-sdk"] as string,
    "@sweetspot/sdk": file,
    typescript: rootManifest.devDependencies.typescript as string,
  }
  const manifest = { name: "outside-storefront", version: "1.0.0", private: true, type: "module", dependencies }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`)
  const packaged: LockEntry = {
    version: sdkManifest.version,
    resolved: file,
    integrity: `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`,
    peerDependencies: sdkManifest.peerDependencies,
  }
  const lock = {
    name: manifest.name,
    version: manifest.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: manifest.name, version: manifest.version, dependencies },
      ...lockClosure(rootLock.packages, ["@medusajs/js-sdk", "typescript"]),
      "node_modules/@sweetspot/sdk": packaged,
    },
  }
  writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`)
  await runOrFail("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], dir)
}
