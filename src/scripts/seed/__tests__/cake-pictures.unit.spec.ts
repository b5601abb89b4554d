import { readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { DEMO_CAKES } from "../demo-data"
import { demoPicturesDir } from "../seed-cake-pictures"

const sourceDir = join(__dirname, "..", "images")

describe("the demo cakes' pictures", () => {
  it("are in the repository, one PNG of a few tens of KB per demo cake", () => {
    for (const cake of DEMO_CAKES) {
      const path = join(sourceDir, `${cake.handle}.png`)
      const size = statSync(path).size
      expect({ handle: cake.handle, png: readFileSync(path).subarray(0, 8).toString("hex"), fits: size > 5 * 1024 && size < 100 * 1024 }).toEqual({
        handle: cake.handle,
        png: "89504e470d0a1a0a",
        fits: true,
      })
    }
  })

  it("are found from the source tree and from medusa build's output, which copies no images", () => {
    expect(demoPicturesDir(join(__dirname, ".."))).toEqual(sourceDir)
    const root = join(__dirname, "..", "..", "..", "..")
    expect(demoPicturesDir(join(root, ".medusa", "server", "src", "scripts", "seed"))).toEqual(sourceDir)
    expect(demoPicturesDir("/")).toBeNull()
  })
})
