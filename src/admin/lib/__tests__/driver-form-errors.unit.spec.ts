import { driverFormErrors } from "../driver-form-errors"

describe("driverFormErrors", () => {
  it("puts the API's validation messages under the driver fields they name", () => {
    const error = new Error("Invalid request: name must not be empty; email must be an email address")
    expect(driverFormErrors(error)).toEqual({
      fields: { name: "name must not be empty", email: "email must be an email address" },
      form: null,
    })
  })

  it("puts the duplicate-email conflict under the email", () => {
    expect(driverFormErrors(new Error("A driver with the email ana@vans.test already exists"))).toEqual({
      fields: { email: "A driver with the email ana@vans.test already exists" },
      form: null,
    })
  })

  it("keeps any other message on the form", () => {
    expect(driverFormErrors(new Error("Bakery bkry_1 was not found"))).toEqual({ fields: {}, form: "Bakery bkry_1 was not found" })
  })
})
