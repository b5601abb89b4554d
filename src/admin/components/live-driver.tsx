import { Text } from "@medusajs/ui"
import type { DeliveryDriverView } from "../../types/delivery/http"

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { timeStyle: "short" })

/** The driver carrying the order, from its live stream: first name, where they last were and when. */
export const LiveDriver = ({ driver }: { driver: DeliveryDriverView | null }) =>
  driver ? (
    <div className="grid grid-cols-2 px-6 py-3" data-delivery="driver">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        Driver
      </Text>
      <Text size="small" data-driver-position-at={driver.updated_at}>
        {driver.first_name ?? "Driver"} · at {driver.latitude.toFixed(4)}, {driver.longitude.toFixed(4)} · {time(driver.updated_at)}
      </Text>
    </div>
  ) : null
