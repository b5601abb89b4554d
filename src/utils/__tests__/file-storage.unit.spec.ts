import { fileModuleConfig, fileStorageProblem } from "../file-storage"

const providerOf = (config: ReturnType<typeof fileModuleConfig>) => config.options.providers[0] as { resolve: string; id: string; options: any }

describe("the File module's provider", () => {
  it("is the local provider by default, public files in static and private files in a folder Medusa does not serve", () => {
    const provider = providerOf(fileModuleConfig({}, "/app"))
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: "/app/static", private_upload_dir: "/app/.data/private-uploads" },
    })
    expect(providerOf(fileModuleConfig({ PRIVATE_UPLOAD_DIR: "/srv/photos" }, "/app")).options.private_upload_dir).toEqual("/srv/photos")
  })

  it("is Medusa's S3 provider when S3_BUCKET is set, with keys or the instance's role", () => {
    const env = { S3_BUCKET: "cakes", S3_REGION: "eu-west-2", S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "s3cret", S3_FILE_URL: "https://cdn.example" }
    const provider = providerOf(fileModuleConfig(env, "/app"))
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: expect.objectContaining({ bucket: "cakes", region: "eu-west-2", access_key_id: "AKIA", secret_access_key: "s3cret", file_url: "https://cdn.example" }),
    })
    const role = providerOf(fileModuleConfig({ S3_BUCKET: "cakes", S3_REGION: "eu-west-2", S3_FORCE_PATH_STYLE: "true" }, "/app")).options
    expect(role).toEqual(expect.objectContaining({ authentication_method: "s3-iam-role", additional_client_config: { forcePathStyle: true } }))
    expect(role).not.toHaveProperty("access_key_id")
  })

  it("refuses a private folder inside the public one, and a bucket without a region", () => {
    expect(fileStorageProblem({}, "/app")).toBeNull()
    expect(fileStorageProblem({ PRIVATE_UPLOAD_DIR: "static/private" }, "/app")).toMatch(/must not be inside \/app\/static/)
    expect(fileStorageProblem({ PRIVATE_UPLOAD_DIR: "/app/static" }, "/app")).toMatch(/must not be inside/)
    expect(fileStorageProblem({ PRIVATE_UPLOAD_DIR: "/app/static-private" }, "/app")).toBeNull()
    expect(fileStorageProblem({ S3_BUCKET: "cakes" }, "/app")).toMatch(/S3_REGION/)
  })
})
