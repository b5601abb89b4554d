import { render } from "@react-email/components"
import { MedusaError } from "@medusajs/framework/utils"
import * as React from "react"
import { EMAIL_TEMPLATES, EmailTemplateName } from "./templates"

export type RenderedEmail = { subject: string; html: string; text: string }

/** Renders a template to its subject, HTML and plain text. Unknown template -> INVALID_DATA. */
export async function renderEmail(template: string, data: Record<string, unknown>): Promise<RenderedEmail> {
  const entry = EMAIL_TEMPLATES[template as EmailTemplateName] as
    | { subject: (d: any) => string; Component: (d: any) => React.ReactElement }
    | undefined
  if (!entry) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No email template named "${template}"`)
  }
  const element = React.createElement(entry.Component, data)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject: entry.subject(data), html, text }
}
