import { DepositTerms } from "../../../types/bakery/deposit"
import { model } from "@medusajs/framework/utils"
import { CakePhotoOption, CakeShape, CakeTopping, EggOption, NO_CAKE_PHOTO } from "../../../types/cake/cake-options"

/** The cake-only fields of a product (1:1 link to it). Sizes and base prices are the product's variants. */
export const CakeProfile = model
  .define(
    { name: "cake_profile", tableName: "cake_profile" },
    {
      id: model.id({ prefix: "cprof" }).primaryKey(),
      flavour: model.text().searchable(),
      // Which of "egg" / "eggless" the bakery offers for this cake.
      egg_options: model.json<EggOption[]>().default(["egg"]),
      // Shapes offered, each with its surcharge; empty = the standard shape only.
      shapes: model.json<CakeShape[]>().default([]),
      toppings: model.json<CakeTopping[]>().default([]),
      // Longest message the bakery will pipe on the cake; 0 = no message.
      max_message_length: model.number().default(40),
      is_available: model.boolean().default(true),
      // Extra preparation this cake needs (e.g. a tiered cake); the longest of a cart's cakes and the bakery's wins.
      lead_time_minutes: model.number().nullable(),
      // Whether a shopper may send a reference photo for this cake, and what it adds to the price.
      // { percent: 0-100 } of the order paid at checkout; set, it wins over the bakery's deposit.
      deposit: model.json<DepositTerms>().nullable(),
      photo: model.json<CakePhotoOption>().default({ ...NO_CAKE_PHOTO }),
    }
  )
  .indexes([
    { on: ["flavour"], where: "deleted_at IS NULL" },
    { on: ["is_available"], where: "deleted_at IS NULL" },
  ])
