#!/usr/bin/env node
/**
 * Builds @sweetspot/sdk into dist/ from src/sdk, the one place its methods are written.
 *
 * 1. Reads src/sdk (from its index.ts) and the types it imports from the app:
 *    src/types/<domain>/http.ts, inferred from the zod validators the routes run.
 * 2. Writes each of those types out as plain TypeScript (the compiler expands
 *    `z.output<typeof Schema>` into the object it stands for), so the package
 *    needs neither zod nor @medusajs/framework.
 * 3. Compiles a copy of src/sdk whose type imports point at that file, to
 *    dist/esm (ES modules) and dist/cjs (CommonJS), each with its .d.ts files.
 *
 * `npm run build -w @sweetspot/sdk` runs it; `npm pack -w @sweetspot/sdk` runs it first.
 */
const fs = require("node:fs")
const path = require("node:path")
const ts = require("typescript")

const PACKAGE_DIR = path.resolve(__dirname, "..")
const ROOT = path.resolve(PACKAGE_DIR, "..", "..")
const SOURCE_DIR = path.join(ROOT, "src", "sdk")
/** The only package the helpers may import: the js-sdk instance they wrap (a peer dependency). */
const ALLOWED_PACKAGES = ["@medusajs/js-sdk"]
/** The generated module that stands in for the app's type modules in the package. */
const TYPES_MODULE = "types"

class BuildError extends Error {
  constructor(message) {
    super(message)
    this.name = "SdkBuildError"
  }
}

const relativeToRoot = (file) => path.relative(ROOT, file).split(path.sep).join("/")
const isInside = (dir, file) => !path.relative(dir, file).startsWith("..") && !path.isAbsolute(path.relative(dir, file))

/** How the app's own sources are read: Node16 modules as `npm run typecheck` reads them, strictly. */
const readOptions = {
  target: ts.ScriptTarget.ES2021,
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  noEmit: true,
  types: [],
}

function isTypeOnlyImport(node) {
  const clause = node.importClause
  if (!clause) {
    return false
  }
  if (clause.isTypeOnly) {
    return true
  }
  const bindings = clause.namedBindings
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
}

function isTypeOnlyExport(node) {
  if (node.isTypeOnly) {
    return true
  }
  const clause = node.exportClause
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)
}

/** Resolves a module specifier of `file` the way the app's typecheck does. */
function resolve(specifier, file) {
  return ts.resolveModuleName(specifier, file, readOptions, ts.sys).resolvedModule?.resolvedFileName
}

const parse = (file) => ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)

/** The names of the types a module declares or re-exports, read from its text. */
function exportedTypeNames(file) {
  const names = []
  for (const statement of parse(file).statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (exported && (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement))) {
      names.push(statement.name.text)
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((element) => element.name.text))
    } else if (ts.isExportDeclaration(statement) && !statement.exportClause) {
      throw new BuildError(`${relativeToRoot(file)} re-exports a whole module: list its types by name for the package`)
    }
  }
  return names
}

/**
 * Reads src/sdk: its files (everything index.ts reaches inside src/sdk), each
 * import and export that leaves src/sdk (types only), and the names of the types
 * those bring in with the module each comes from.
 */
function readSdk(sourceDir = SOURCE_DIR) {
  const entry = path.join(sourceDir, "index.ts")
  const files = new Map()
  /** Type name -> the module (outside src/sdk) it is imported from. */
  const types = new Map()
  const addType = (name, module, file) => {
    const known = types.get(name)
    if (known && known !== module) {
      throw new BuildError(
        `Two types named ${name} reach src/sdk (from ${relativeToRoot(known)} and ${relativeToRoot(module)}, in ${relativeToRoot(file)}): the package has one namespace of types, rename one`
      )
    }
    types.set(name, module)
  }

  const queue = [entry]
  while (queue.length) {
    const file = queue.shift()
    if (files.has(file)) {
      continue
    }
    if (!fs.existsSync(file)) {
      throw new BuildError(`${relativeToRoot(file)} does not exist`)
    }
    const source = parse(file)
    const edits = []
    files.set(file, { source, edits })
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))
      ) {
        throw new BuildError(`${relativeToRoot(file)} loads a module with import() or require(): use a static import`)
      }
      ts.forEachChild(node, visit)
    }
    for (const statement of source.statements) {
      if (ts.isImportEqualsDeclaration(statement)) {
        throw new BuildError(`${relativeToRoot(file)} uses import = require(): use an import declaration`)
      }
      const isImport = ts.isImportDeclaration(statement)
      const isExport = ts.isExportDeclaration(statement) && !!statement.moduleSpecifier
      if (!isImport && !isExport) {
        visit(statement)
        continue
      }
      const specifier = statement.moduleSpecifier.text
      if (!specifier.startsWith(".")) {
        if (!ALLOWED_PACKAGES.includes(specifier)) {
          throw new BuildError(
            `${relativeToRoot(file)} imports ${specifier}: the package may import only ${ALLOWED_PACKAGES.join(", ")} (types from the app come through src/types)`
          )
        }
        continue
      }
      const resolved = resolve(specifier, file)
      if (!resolved) {
        throw new BuildError(`${relativeToRoot(file)} imports ${specifier}, which does not resolve`)
      }
      if (isInside(sourceDir, resolved) && !resolved.includes(`${path.sep}__tests__${path.sep}`)) {
        queue.push(resolved)
        edits.push({ node: statement.moduleSpecifier, to: { inside: resolved } })
        continue
      }
      const typeOnly = isImport ? isTypeOnlyImport(statement) : isTypeOnlyExport(statement)
      if (!typeOnly) {
        throw new BuildError(
          `${relativeToRoot(file)} imports ${specifier} at runtime: the package carries only src/sdk's own files, so code from elsewhere must move into src/sdk (types may come from anywhere, with import type)`
        )
      }
      if (isImport) {
        const clause = statement.importClause
        if (clause.name || !ts.isNamedImports(clause.namedBindings)) {
          throw new BuildError(`${relativeToRoot(file)} imports ${specifier} as a default or namespace import: import the types by name`)
        }
        for (const element of clause.namedBindings.elements) {
          addType((element.propertyName ?? element.name).text, resolved, file)
        }
        edits.push({ node: statement.moduleSpecifier, to: { types: true } })
      } else if (statement.exportClause) {
        if (!ts.isNamedExports(statement.exportClause)) {
          throw new BuildError(`${relativeToRoot(file)} re-exports ${specifier} as a namespace: re-export the types by name or with export type *`)
        }
        for (const element of statement.exportClause.elements) {
          addType((element.propertyName ?? element.name).text, resolved, file)
        }
        edits.push({ node: statement.moduleSpecifier, to: { types: true } })
      } else {
        // `export type * from "../types/<domain>/http"`: every type of the module is public.
        for (const name of exportedTypeNames(resolved)) {
          addType(name, resolved, file)
        }
        edits.push({ node: statement, to: { exportAllTypes: true } })
      }
    }
  }
  return { files, types, sourceDir }
}

const printFlags =
  ts.NodeBuilderFlags.NoTruncation |
  ts.NodeBuilderFlags.InTypeAlias |
  ts.NodeBuilderFlags.MultilineObjectLiterals |
  ts.NodeBuilderFlags.UseStructuralFallback |
  ts.NodeBuilderFlags.NoTypeReduction

/**
 * The plain TypeScript of the types the helpers take from the app: each one
 * expanded by the compiler into the structure it stands for, naming only the
 * other types of the same file and TypeScript's own (Date, Record, ...).
 */
function emitPlainTypes(sdk) {
  const { types, sourceDir } = sdk
  const names = [...types.keys()].sort()
  // The types are printed as seen from a file that imports exactly these names, so the
  // compiler may name them and must expand everything else (zod's and the app's helpers).
  const scopeFile = path.join(sourceDir, "__plain_types_scope__.ts")
  const byOrigin = new Map()
  for (const name of names) {
    byOrigin.set(types.get(name), [...(byOrigin.get(types.get(name)) ?? []), name])
  }
  const scopeText =
    [...byOrigin]
      .map(([file, list]) => `import type { ${list.join(", ")} } from ${JSON.stringify(stagedSpecifier(scopeFile, file))}`)
      .join("\n") + "\nexport {}\n"
  const from = (name) => `${name} (${relativeToRoot(types.get(name))})`

  const host = ts.createCompilerHost(readOptions)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (file, languageVersion, ...rest) =>
    path.resolve(file) === scopeFile ? ts.createSourceFile(file, scopeText, languageVersion, true) : getSourceFile(file, languageVersion, ...rest)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (file) => path.resolve(file) === scopeFile || fileExists(file)
  const program = ts.createProgram([scopeFile], readOptions, host)
  const checker = program.getTypeChecker()
  const scope = program.getSourceFile(scopeFile)
  const problems = ts.getPreEmitDiagnostics(program, scope)
  if (problems.length) {
    throw new BuildError(ts.formatDiagnostics(problems, formatHost))
  }
  const scopeSymbols = new Map()
  for (const statement of scope.statements) {
    if (ts.isImportDeclaration(statement)) {
      for (const element of statement.importClause.namedBindings.elements) {
        const name = element.name.text
        const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(element.name))
        const declaration = symbol.declarations?.[0]
        if (!declaration || !ts.isTypeAliasDeclaration(declaration)) {
          throw new BuildError(
            `${from(name)} is not a type alias: the package's types are type aliases (write it as type ${name} = ..., e.g. z.output<typeof Schema>)`
          )
        }
        if (declaration.typeParameters?.length) {
          throw new BuildError(`${from(name)} is generic: the package's types are concrete; export the instances the helpers use`)
        }
        scopeSymbols.set(name, symbol)
      }
    }
  }

  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false })
  const out = [
    "// Generated by packages/sdk/scripts/build.cjs from the app's types (src/types/*/http.ts), which are",
    "// inferred from the zod validators the routes run. Do not edit: change the validators.",
    "",
  ]
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, scope)
  const nodes = new Map()
  for (const name of names) {
    const node = checker.typeToTypeNode(checker.getDeclaredTypeOfSymbol(scopeSymbols.get(name)), scope, printFlags)
    if (!node) {
      throw new BuildError(`${from(name)} cannot be written out as a type`)
    }
    nodes.set(name, node)
  }
  const named = nameRepeatedShapes(nodes, print)
  for (const name of names) {
    const symbol = scopeSymbols.get(name)
    const declaration = symbol.declarations[0]
    const node = named.get(name)
    const text = print(node)
    const where = from(name)
    if (/\bimport\(/.test(text)) {
      const reference = text.match(/import\("[^"]*"\)\.[\w.]+/)?.[0] ?? "a named type"
      throw new BuildError(
        `${where} names ${reference.replace(ROOT, ".")}, a type outside the package: describe it with zod (or as a plain type) instead of reusing an interface`
      )
    }
    if (containsAny(node)) {
      throw new BuildError(`${where} contains any: every answer and body of the package is typed (use unknown for free-form values)`)
    }
    const docs = (declaration.jsDoc ?? []).map((doc) => doc.getText())
    out.push(...docs, `export type ${name} = ${text};`, "")
  }
  return out.join("\n")
}

/**
 * Zod's inferred types carry no names, so an answer repeats the whole shape of the
 * resource it holds. Where a part of a type is exactly the shape of another
 * generated type (an object, or a union such as a status), it is written as that
 * name: `{ bakery: AdminBakery }` rather than the bakery's fields again.
 */
function nameRepeatedShapes(nodes, print) {
  const nameOfShape = new Map()
  for (const [name, node] of nodes) {
    const shape = print(node)
    if (isNameableShape(node) && !nameOfShape.has(shape)) {
      nameOfShape.set(shape, name)
    }
  }
  const named = new Map()
  for (const [name, node] of nodes) {
    const visit = (child) => {
      if (isNameableShape(child)) {
        const other = nameOfShape.get(print(child))
        if (other && other !== name) {
          return ts.factory.createTypeReferenceNode(other)
        }
      }
      return ts.visitEachChild(child, visit, undefined)
    }
    named.set(name, ts.visitEachChild(node, visit, undefined))
  }
  return named
}

const isNameableShape = (node) => ts.isTypeLiteralNode(node) || (ts.isUnionTypeNode(node) && node.types.length > 1 && !node.types.every((t) => t.kind === ts.SyntaxKind.UndefinedKeyword || ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword))

function containsAny(node) {
  let found = false
  const visit = (child) => {
    if (child.kind === ts.SyntaxKind.AnyKeyword) {
      found = true
    }
    if (!found) {
      ts.forEachChild(child, visit)
    }
  }
  visit(node)
  return found
}

const formatHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => "\n",
}

/** A specifier from `fromFile` to `toFile` in the staged copy, with the .js extension Node's ES modules need. */
function stagedSpecifier(fromFile, toFile) {
  let specifier = path.relative(path.dirname(fromFile), toFile).split(path.sep).join("/").replace(/\.ts$/, ".js")
  return specifier.startsWith(".") ? specifier : `./${specifier}`
}

/** Copies src/sdk's files to `stageDir`, their imports pointing at the staged files and at the generated types. */
function stage(sdk, stageDir, typesText) {
  fs.rmSync(stageDir, { recursive: true, force: true })
  const typesFile = path.join(stageDir, `${TYPES_MODULE}.ts`)
  for (const [file, { source, edits }] of sdk.files) {
    const target = path.join(stageDir, path.relative(sdk.sourceDir, file))
    if (path.resolve(target) === path.resolve(typesFile)) {
      throw new BuildError(`src/sdk/${TYPES_MODULE}.ts is the name of the generated types file: rename it`)
    }
    let text = source.text
    let exportedAll = false
    for (const edit of [...edits].sort((a, b) => b.node.getStart(source) - a.node.getStart(source))) {
      const start = edit.node.getStart(source)
      const end = edit.node.getEnd()
      let replacement
      if (edit.to.inside) {
        replacement = JSON.stringify(stagedSpecifier(target, path.join(stageDir, path.relative(sdk.sourceDir, edit.to.inside))))
      } else if (edit.to.types) {
        replacement = JSON.stringify(stagedSpecifier(target, typesFile))
      } else {
        // Several `export type * from` lines of app modules become one of the generated file.
        replacement = exportedAll ? "" : `export type * from ${JSON.stringify(stagedSpecifier(target, typesFile))};`
        exportedAll = true
      }
      text = text.slice(0, start) + replacement + text.slice(end)
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, text)
  }
  fs.writeFileSync(typesFile, typesText)
  return [...sdk.files.keys()].map((file) => path.join(stageDir, path.relative(sdk.sourceDir, file))).concat(typesFile)
}

const emitOptions = {
  target: ts.ScriptTarget.ES2020,
  lib: ["lib.es2020.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  esModuleInterop: true,
  isolatedModules: true,
  noEmitOnError: true,
  removeComments: false,
  sourceMap: false,
  // Nothing of Node's: the helpers run in browsers and servers alike.
  types: [],
}

const formats = [
  { dir: "esm", type: "module", options: { module: ts.ModuleKind.ES2020, moduleResolution: ts.ModuleResolutionKind.Bundler } },
  { dir: "cjs", type: "commonjs", options: { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 } },
]

function compile(files, stageDir, outDir, options, oldProgram) {
  const program = ts.createProgram(files, { ...emitOptions, ...options, rootDir: stageDir, outDir }, undefined, oldProgram)
  const result = program.emit()
  const diagnostics = ts.getPreEmitDiagnostics(program).concat(result.diagnostics)
  if (diagnostics.length) {
    throw new BuildError(`The package does not compile:\n${ts.formatDiagnostics(diagnostics, formatHost)}`)
  }
  return program
}

/** What each built file imports: only its own files and the allowed packages. */
function checkBuiltImports(outDir) {
  for (const file of listFiles(outDir)) {
    if (!/\.(js|d\.ts)$/.test(file)) {
      continue
    }
    const text = fs.readFileSync(file, "utf8")
    const specifiers = [...text.matchAll(/(?:from\s+|require\(|import\()\s*["']([^"']+)["']/g)].map((match) => match[1])
    for (const specifier of specifiers) {
      if (!specifier.startsWith(".") && !ALLOWED_PACKAGES.includes(specifier)) {
        throw new BuildError(`${relativeToRoot(file)} imports ${specifier}: only ${ALLOWED_PACKAGES.join(", ")} may be imported`)
      }
    }
  }
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(file) : [file]
  })
}

/** Builds dist/ (esm and cjs, each with .d.ts) from src/sdk. */
function build({ sourceDir = SOURCE_DIR, outDir = path.join(PACKAGE_DIR, "dist"), stageDir = path.join(PACKAGE_DIR, ".build") } = {}) {
  const sdk = readSdk(sourceDir)
  const typesText = emitPlainTypes(sdk)
  const files = stage(sdk, stageDir, typesText)
  fs.rmSync(outDir, { recursive: true, force: true })
  try {
    let program
    for (const format of formats) {
      const dir = path.join(outDir, format.dir)
      program = compile(files, stageDir, dir, format.options, program)
      // Each half of the package says which kind of module its .js files are.
      fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ type: format.type }, null, 2)}\n`)
    }
    checkBuiltImports(outDir)
  } finally {
    fs.rmSync(stageDir, { recursive: true, force: true })
  }
  return { outDir, types: [...sdk.types.keys()].sort(), files: listFiles(outDir).map((file) => path.relative(outDir, file)).sort() }
}

module.exports = { build, readSdk, emitPlainTypes, BuildError }

if (require.main === module) {
  try {
    const started = Date.now()
    const { outDir, types, files } = build()
    console.log(`@sweetspot/sdk: ${files.length} files in ${path.relative(process.cwd(), outDir) || "."} (${types.length} types) in ${Date.now() - started} ms`)
  } catch (error) {
    console.error(error instanceof BuildError ? `@sweetspot/sdk build failed: ${error.message}` : error)
    process.exitCode = 1
  }
}
