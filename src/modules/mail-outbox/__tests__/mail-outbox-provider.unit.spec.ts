import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import MailOutboxNotificationProviderService from "../service"

describe("mail outbox notification provider", () => {
  it("writes the rendered email as .html and .txt and logs where", async () => {
    const directory = mkdtempSync(join(tmpdir(), "outbox-test-"))
    const logger = { info: jest.fn() } as any
    const provider = new MailOutboxNotificationProviderService({ logger }, { directory })

    await provider.send({ to: "jo@example.com", channel: "email", template: "password-reset", data: { reset_url: "https://shop.example/reset?token=t" } } as any)

    const files = readdirSync(directory).sort()
    expect(files).toHaveLength(2)
    expect(files[0]).toMatch(/password-reset-jo@example\.com\.html$/)
    const text = readFileSync(join(directory, files[1]), "utf8")
    expect(text).toContain("To: jo@example.com")
    expect(text).toContain("Subject: Reset your SweetSpot password")
    expect(text).toContain("https://shop.example/reset?token=t")
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining(join(directory, files[0].replace(/\.html$/, ""))))
  })
})
