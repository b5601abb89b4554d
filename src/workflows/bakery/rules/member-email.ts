import { escapeLike } from "../../../api/utils/escape-like"

/**
 * The filter that finds an email whatever its letter case: `Boss@SweetSpot.test`
 * and `boss@sweetspot.test` are one person. Memberships keep the email lower-cased
 * while users keep it as they signed up, so every match of a user to a membership
 * uses this, never `=`; LIKE wildcards in the email are taken literally.
 */
export const sameEmail = (email: string) => ({ $ilike: escapeLike(email.trim()) })
