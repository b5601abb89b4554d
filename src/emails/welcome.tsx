import { Text } from "@react-email/components"
import * as React from "react"
import { EmailLayout, SWEETSPOT } from "./layout"

export type WelcomeEmailData = { first_name: string | null; email: string }

export const welcomeSubject = () => "Welcome to SweetSpot"

export function WelcomeEmail({ first_name, email }: WelcomeEmailData) {
  return (
    <EmailLayout sender={SWEETSPOT} preview="Your SweetSpot account is ready" heading={`Welcome${first_name ? `, ${first_name}` : ""}!`}>
      <Text>Your account ({email}) is ready. Order a cake, write a message on it, pick a delivery slot and we will bring it to you.</Text>
    </EmailLayout>
  )
}
