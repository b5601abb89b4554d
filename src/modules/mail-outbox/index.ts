import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MailOutboxNotificationProviderService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailOutboxNotificationProviderService],
})
