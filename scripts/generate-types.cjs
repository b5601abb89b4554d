// Writes Medusa's generated types to .medusa/types (query entry points and module
// bindings, links included), as `medusa build` does first, without building: so
// `npm run typecheck` works on a fresh clone. No database is needed.
require("ts-node").register({ transpileOnly: true })
const { initializeContainer } = require("@medusajs/medusa/loaders/index")
const { generateTypes } = require("@medusajs/medusa/commands/utils/generate-types")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

async function main() {
  const directory = process.cwd()
  const container = await initializeContainer(directory, { skipDbConnection: true, throwOnValidationError: false })
  await generateTypes({ directory, container, logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Could not generate Medusa's types: ${error?.message ?? error}`)
    process.exit(1)
  }
)
