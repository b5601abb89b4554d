import { Button, Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, SWEETSPOT } from "./layout"

export type PasswordResetEmailData = { reset_url: string }

export const passwordResetSubject = () => "Reset your SweetSpot password"

export function PasswordResetEmail({ reset_url }: PasswordResetEmailData) {
  return (
    <EmailLayout sender={SWEETSPOT} preview="Reset your password" heading="Reset your password">
      <Text>Someone asked to reset the password of your SweetSpot account. If it was you, choose a new one within 15 minutes:</Text>
      <Button href={reset_url} style={{ backgroundColor: "#c2410c", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>
        Choose a new password
      </Button>
      <Text>Or open this link: {reset_url}</Text>
      <Text>If it was not you, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  )
}
