/** The share of an order a shopper pays at checkout; the rest (the balance) is paid before the slot. */
export type DepositTerms = {
  /** 0-100; 0 = pay in full at checkout. */
  percent: number
}
