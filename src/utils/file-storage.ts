import { isAbsolute, relative, resolve } from "node:path"

/** Where the local provider keeps private files (cake photos) unless PRIVATE_UPLOAD_DIR says otherwise: never under `static`. */
export const DEFAULT_PRIVATE_UPLOAD_DIR = ".data/private-uploads"

/** Medusa serves `<project>/static` to anyone at /static, and its local provider puts public uploads there. */
const PUBLIC_DIR = "static"

const inside = (parent: string, child: string) => {
  const path = relative(parent, child)
  return path === "" || (!path.startsWith("..") && !isAbsolute(path))
}

/**
 * The File module's one provider (Medusa allows exactly one): S3 when S3_BUCKET is
 * set, else the local provider, whose public files (product images) stay in
 * `static` as in Medusa's default and whose private files (cake photos) go to a
 * folder Medusa does not serve. Medusa's local provider otherwise writes
 * "private" files into `static` too, readable by anyone who learns a name.
 */
export function fileModuleConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
  if (env.S3_BUCKET) {
    const accessKey = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            id: "s3",
            options: {
              bucket: env.S3_BUCKET,
              region: env.S3_REGION,
              // Public files' base URL (product images); private files never get a public URL.
              file_url: env.S3_FILE_URL,
              endpoint: env.S3_ENDPOINT || undefined,
              prefix: env.S3_PREFIX || undefined,
              ...(accessKey
                ? { access_key_id: env.S3_ACCESS_KEY_ID, secret_access_key: env.S3_SECRET_ACCESS_KEY }
                : { authentication_method: "s3-iam-role" }),
              additional_client_config: env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : {},
            },
          },
        ],
      },
    }
  }
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: {
            upload_dir: resolve(cwd, PUBLIC_DIR),
            private_upload_dir: resolve(cwd, env.PRIVATE_UPLOAD_DIR || DEFAULT_PRIVATE_UPLOAD_DIR),
          },
        },
      ],
    },
  }
}

/** Why the file storage settings cannot be used, or null: one line, printed before the app starts. */
export function fileStorageProblem(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | null {
  if (env.S3_BUCKET) {
    return env.S3_REGION ? null : "S3_BUCKET is set but S3_REGION is not: set the bucket's region (README: Configuration)"
  }
  const privateDir = resolve(cwd, env.PRIVATE_UPLOAD_DIR || DEFAULT_PRIVATE_UPLOAD_DIR)
  if (inside(resolve(cwd, PUBLIC_DIR), privateDir)) {
    return `PRIVATE_UPLOAD_DIR (${privateDir}) must not be inside ${resolve(cwd, PUBLIC_DIR)}, which Medusa serves to anyone at /static`
  }
  return null
}
