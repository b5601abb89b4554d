import * as React from "react"
import { BalanceDueEmail, balanceDueSubject } from "./balance-due"
import { ArrivingSoonEmail, arrivingSoonSubject } from "./arriving-soon"
import { OrderCancelledEmail, orderCancelledSubject } from "./order-cancelled"
import { OrderCollectedEmail, orderCollectedSubject } from "./order-collected"
import { OrderConfirmationEmail, orderConfirmationSubject } from "./order-confirmation"
import { OrderDeliveredEmail, orderDeliveredSubject } from "./order-delivered"
import { OrderPreparingEmail, orderPreparingSubject } from "./order-preparing"
import { OutForDeliveryEmail, outForDeliverySubject } from "./out-for-delivery"
import { PasswordResetEmail, passwordResetSubject } from "./password-reset"
import { ReadyForPickupEmail, readyForPickupSubject } from "./ready-for-pickup"
import { WelcomeEmail, welcomeSubject } from "./welcome"

type Template<T> = { subject: (data: T) => string; Component: (data: T) => React.ReactElement }

/** Every email SweetSpot sends, by the template name notifications carry. */
export const EMAIL_TEMPLATES = {
  welcome: { subject: welcomeSubject, Component: WelcomeEmail },
  "password-reset": { subject: passwordResetSubject, Component: PasswordResetEmail },
  "order-confirmation": { subject: orderConfirmationSubject, Component: OrderConfirmationEmail },
  "order-preparing": { subject: orderPreparingSubject, Component: OrderPreparingEmail },
  "out-for-delivery": { subject: outForDeliverySubject, Component: OutForDeliveryEmail },
  "arriving-soon": { subject: arrivingSoonSubject, Component: ArrivingSoonEmail },
  "order-delivered": { subject: orderDeliveredSubject, Component: OrderDeliveredEmail },
  "order-cancelled": { subject: orderCancelledSubject, Component: OrderCancelledEmail },
  "ready-for-pickup": { subject: readyForPickupSubject, Component: ReadyForPickupEmail },
  "order-collected": { subject: orderCollectedSubject, Component: OrderCollectedEmail },
  "balance-due": { subject: balanceDueSubject, Component: BalanceDueEmail },
} satisfies Record<string, Template<any>>

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES
