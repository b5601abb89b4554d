import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const ROOT = join(__dirname, "..", "..", "..")
const PACKAGE_DIR = join(ROOT, "packages", "sdk")
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"))
// The build script is plain CommonJS so that it runs on a fresh clone with nothing built.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readSdk, BuildError } = require(join(PACKAGE_DIR, "scripts", "build.cjs"))

describe("the @sweetspot/sdk package", () => {
  const app = readJson(join(ROOT, "package.json"))
  const pkg = readJson(join(PACKAGE_DIR, "package.json"))

  it("is a workspace of the app, at the app's version, with that version in its changelog", () => {
    expect(app.workspaces).toContain("packages/*")
    expect(pkg.name).toEqual("@sweetspot/sdk")
    expect(pkg.version).toEqual(app.version)
    expect(readFileSync(join(PACKAGE_DIR, "CHANGELOG.md"), "utf8")).toContain(`\n## ${app.version}\n`)
    expect(readFileSync(join(PACKAGE_DIR, "README.md"), "utf8")).toMatch(/## Install[\s\S]*## Create the client[\s\S]*## Errors/)
  })

  it("depends on nothing but the js-sdk, as a peer, in the range of the app's js-sdk", () => {
    const appJsSdk = app.dependencies["@medusajs/js-sdk"]
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.peerDependencies).toEqual({ "@medusajs/js-sdk": `^${appJsSdk}` })
    // Built with the same js-sdk and TypeScript the app uses.
    expect(pkg.devDependencies).toEqual({ "@medusajs/js-sdk": appJsSdk, typescript: app.devDependencies.typescript })
  })

  it("ships ES modules and CommonJS, each with its types, and builds before it is packed", () => {
    expect(pkg.exports["."]).toEqual({
      import: { types: "./dist/esm/index.d.ts", default: "./dist/esm/index.js" },
      require: { types: "./dist/cjs/index.d.ts", default: "./dist/cjs/index.js" },
    })
    expect([pkg.main, pkg.module, pkg.types]).toEqual(["./dist/cjs/index.js", "./dist/esm/index.js", "./dist/cjs/index.d.ts"])
    expect(pkg.files).toEqual(["dist", "README.md", "CHANGELOG.md"])
    expect(pkg.scripts).toEqual({ build: "node scripts/build.cjs", prepack: "node scripts/build.cjs" })
  })
})

describe("the package build's reading of src/sdk", () => {
  /** A folder with an `sdk/` of its own (the stand-in for src/sdk) and modules beside it. */
  let dir: string
  let sdkDir: string
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text)
    }
  }
  const failure = () => {
    try {
      readSdk(sdkDir)
    } catch (error) {
      expect(error).toBeInstanceOf(BuildError)
      return (error as Error).message
    }
    throw new Error("The build was expected to refuse the sources")
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sweetspot-sdk-src-"))
    sdkDir = join(dir, "sdk")
    mkdirSync(sdkDir)
    write({ "http.ts": "export type Answer = { id: string }\nexport type Body = { name: string }\n", "elsewhere.ts": "export const helper = 1\n" })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("takes types from outside src/sdk and every file index.ts reaches inside it", () => {
    write({
      "sdk/index.ts": 'import type { Body } from "../http"\nexport * from "./helpers"\nexport type * from "../http"\nexport const body = (b: Body) => b\n',
      "sdk/helpers.ts": 'import type { Client } from "@medusajs/js-sdk"\nexport const client = (c: Client) => c\n',
    })
    const sdk = readSdk(sdkDir)
    expect([...sdk.files.keys()].map((file: string) => file.slice(sdkDir.length + 1)).sort()).toEqual(["helpers.ts", "index.ts"])
    expect(Object.fromEntries([...sdk.types].map(([name, from]: [string, string]) => [name, from.slice(dir.length + 1)]))).toEqual({
      Answer: "http.ts",
      Body: "http.ts",
    })
  })

  it("refuses code from outside src/sdk at runtime, and packages other than the js-sdk", () => {
    write({ "sdk/index.ts": 'import { helper } from "../elsewhere"\nexport const x = helper\n' })
    expect(failure()).toMatch(/index\.ts imports \.\.\/elsewhere at runtime: the package carries only src\/sdk's own files/)

    write({ "sdk/index.ts": 'import { z } from "zod"\nexport const x = z\n' })
    expect(failure()).toMatch(/index\.ts imports zod: the package may import only @medusajs\/js-sdk/)

    write({ "sdk/index.ts": 'import type { HttpTypes } from "@medusajs/framework/types"\nexport type Cart = HttpTypes.StoreCart\n' })
    expect(failure()).toMatch(/imports @medusajs\/framework\/types: the package may import only @medusajs\/js-sdk/)
  })
})
