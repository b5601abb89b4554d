/**
 * Where the order page's "Cakes and delivery" card sits. Medusa 2.21's dashboard
 * ignores a widget zone's `.before`/`.after` and puts every widget after its
 * section's own cards (so `order.details.after` landed below the JSON card); what
 * orders the cards is the page's layout configuration (Medusa's settings module,
 * which staff can also edit in the dashboard). The system default for the order
 * page puts the card first in the main column, where staff look.
 */

/** The layout zone of Medusa's order page (its `widgetsZonePrefix`). */
export const ORDER_PAGE_LAYOUT_ZONE = "order.details"

/** The card's stable widget id (its `defineWidgetConfig` id). */
export const ORDER_CAKE_CARD_WIDGET_ID = "sweetspot-order-cake-details"

/** How the dashboard names a widget in a layout configuration. */
export const ORDER_CAKE_CARD_LAYOUT_KEY = `widget:${ORDER_CAKE_CARD_WIDGET_ID}`

type WidgetPreference = { hidden?: boolean; section?: string; order?: number }
export type LayoutData = { widgets: Record<string, WidgetPreference> }

/**
 * The order page's default layout with the card first in the main column (the
 * page's own cards keep order 0, so -1 comes before them all), or null when the
 * default already says where the card goes: a choice staff made is kept.
 */
export function withCakeCardFirst(current: LayoutData | null | undefined): LayoutData | null {
  if (current?.widgets?.[ORDER_CAKE_CARD_LAYOUT_KEY]) {
    return null
  }
  return { widgets: { ...(current?.widgets ?? {}), [ORDER_CAKE_CARD_LAYOUT_KEY]: { section: "main", order: -1 } } }
}
