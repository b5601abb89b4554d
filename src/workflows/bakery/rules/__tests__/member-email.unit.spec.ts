import { sameEmail } from "../member-email"

describe("sameEmail", () => {
  it("matches the whole email, ignoring letter case", () => {
    expect(sameEmail(" Boss@SweetSpot.test ")).toEqual({ $ilike: "Boss@SweetSpot.test" })
  })

  it("takes LIKE wildcards in the email literally, so bos_@ never finds boss@", () => {
    expect(sameEmail("bos_%\\@sweetspot.test")).toEqual({ $ilike: "bos\\_\\%\\\\@sweetspot.test" })
  })
})
