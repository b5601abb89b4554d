import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"

const ROOT = resolve(__dirname, "..", "..", "..")
const SDK_DIR = resolve(__dirname, "..")
const EXAMPLE = join(ROOT, "examples", "storefront")

/** The modules a file loads when it runs: imports and re-exports that are not type-only, `require` and `import()`. */
function runtimeImports(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const specifiers: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings
      const onlyTypes =
        !node.importClause?.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
      if (!onlyTypes) {
        specifiers.push((node.moduleSpecifier as ts.StringLiteral).text)
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}

const resolveRelative = (from: string, specifier: string) => {
  const base = resolve(dirname(from), specifier)
  const file = [`${base}.ts`, join(base, "index.ts"), base].find((candidate) => existsSync(candidate) && candidate.endsWith(".ts"))
  if (!file) {
    throw new Error(`${relative(ROOT, from)} imports ${specifier}, which is not a TypeScript file`)
  }
  return file
}

describe("the typed js-sdk helpers", () => {
  it("type-check the example storefront against the package's sources, where every wrong body field is a compile error", () => {
    // Each `@ts-expect-error` in the example must meet an error, or tsc fails: the mistakes are proven to be caught.
    const expectErrors = readFileSync(join(EXAMPLE, "storefront.ts"), "utf8").match(/@ts-expect-error/g) ?? []
    expect(expectErrors.length).toBeGreaterThanOrEqual(10)

    // The example imports `@sweetspot/sdk` as an integrator does; here that name is src/sdk itself, not a build of it.
    const dir = mkdtempSync(join(tmpdir(), "sweetspot-example-"))
    const config = {
      extends: join(EXAMPLE, "tsconfig.json"),
      compilerOptions: { paths: { "@sweetspot/sdk": [join(SDK_DIR, "index.ts")] } },
      include: [join(EXAMPLE, "**", "*.ts")],
    }
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config))
    try {
      const tsc = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", join(dir, "tsconfig.json")], { cwd: ROOT, encoding: "utf8" })
      expect({ status: tsc.status, output: `${tsc.stdout}${tsc.stderr}`.trim() }).toEqual({ status: 0, output: "" })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("load nothing at runtime but their own files and @medusajs/js-sdk, so a storefront needs nothing else", () => {
    const seen = new Set<string>()
    const packages = new Set<string>()
    const queue = [join(SDK_DIR, "index.ts")]
    while (queue.length) {
      const file = queue.pop()!
      if (seen.has(file)) {
        continue
      }
      seen.add(file)
      for (const specifier of runtimeImports(file)) {
        if (specifier.startsWith(".")) {
          queue.push(resolveRelative(file, specifier))
        } else {
          packages.add(specifier)
        }
      }
    }

    expect([...packages].filter((name) => name !== "@medusajs/js-sdk")).toEqual([])
    expect([...seen].map((file) => relative(ROOT, file)).filter((file) => !file.startsWith("src/sdk/"))).toEqual([])
    expect([...seen].map((file) => relative(SDK_DIR, file)).sort()).toEqual(
      expect.arrayContaining(["admin.ts", "api-error.ts", "index.ts", "request.ts", "store.ts"])
    )
  })

  it("count `import type` and `export type *` as types, not as runtime imports", () => {
    const file = join(SDK_DIR, "index.ts")
    const imports = runtimeImports(file)
    expect(imports).toEqual(expect.arrayContaining(["./admin", "./store", "./api-error"]))
    expect(imports).not.toContain("@medusajs/js-sdk")
    expect(imports).not.toContain("../types/cake/http")
  })
})
