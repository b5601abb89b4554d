import { emailResumeAfterSeconds, emailRetryPolicy } from "../email-retry-policy"

describe("email retry policy", () => {
  it("retries a failed email every minute for half an hour unless told otherwise", () => {
    expect(emailRetryPolicy({})).toEqual({ maxRetries: 30, retryInterval: 60 })
    expect(emailRetryPolicy({ EMAIL_MAX_RETRIES: "", EMAIL_RETRY_INTERVAL_SECONDS: "" })).toEqual({ maxRetries: 30, retryInterval: 60 })
  })

  it("reads the number of retries and the seconds between them from the environment", () => {
    expect(emailRetryPolicy({ EMAIL_MAX_RETRIES: "0", EMAIL_RETRY_INTERVAL_SECONDS: "5" })).toEqual({ maxRetries: 0, retryInterval: 5 })
  })

  it.each([
    ["EMAIL_MAX_RETRIES", "-1", "EMAIL_MAX_RETRIES must be a whole number of at least 0, got \"-1\""],
    ["EMAIL_MAX_RETRIES", "lots", "EMAIL_MAX_RETRIES must be a whole number of at least 0, got \"lots\""],
    ["EMAIL_RETRY_INTERVAL_SECONDS", "0", "EMAIL_RETRY_INTERVAL_SECONDS must be a whole number of at least 1, got \"0\""],
    ["EMAIL_RETRY_INTERVAL_SECONDS", "1.5", "EMAIL_RETRY_INTERVAL_SECONDS must be a whole number of at least 1, got \"1.5\""],
  ])("stops startup on %s=%s, saying what is wrong", (name, value, message) => {
    expect(() => emailRetryPolicy({ [name]: value })).toThrow(message)
  })

  it("resumes a send cut off by a dying worker after five minutes unless told otherwise", () => {
    expect(emailResumeAfterSeconds({})).toBe(300)
    expect(emailResumeAfterSeconds({ EMAIL_RESUME_AFTER_SECONDS: "20" })).toBe(20)
    expect(() => emailResumeAfterSeconds({ EMAIL_RESUME_AFTER_SECONDS: "0" })).toThrow("EMAIL_RESUME_AFTER_SECONDS must be a whole number of at least 1")
  })
})
