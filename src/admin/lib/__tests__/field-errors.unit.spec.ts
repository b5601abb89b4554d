import { formErrorsFrom } from "../field-errors"

const fields = ["name", "handle", "daily_capacity", "opening_hours", "timezone"]

describe("formErrorsFrom", () => {
  it("puts each of Medusa's validation problems next to the field it names", () => {
    const error = new Error(
      "Invalid request: Value for field 'daily_capacity' too small, expected at least: '1'; handle must be lowercase letters, digits and single dashes, e.g. crumb-and-co"
    )
    expect(formErrorsFrom(error, fields)).toEqual({
      fields: {
        daily_capacity: "Value for field 'daily_capacity' too small, expected at least: '1'",
        handle: "handle must be lowercase letters, digits and single dashes, e.g. crumb-and-co",
      },
      form: null,
    })
  })

  it("gives a nested path to its top-level field", () => {
    const error = new Error("Invalid request: Field 'opening_hours, 0, opens' is required")
    expect(formErrorsFrom(error, fields).fields).toEqual({ opening_hours: "Field 'opening_hours, 0, opens' is required" })
  })

  it("keeps a message that names no known field on the form", () => {
    const error = new Error("Bakery with handle: crumb-and-co, already exists.")
    expect(formErrorsFrom(error, fields)).toEqual({ fields: {}, form: "Bakery with handle: crumb-and-co, already exists." })
  })

  it("does not mistake an ordinary first word for a field", () => {
    expect(formErrorsFrom(new Error("Invalid request: give product ids in add or remove"), fields)).toEqual({
      fields: {},
      form: "give product ids in add or remove",
    })
  })
})
