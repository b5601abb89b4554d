import { deliveryEtasSuite } from "../helpers/delivery-etas-suite"

jest.setTimeout(240 * 1000)

deliveryEtasSuite("routes", 42000 + (process.pid % 4000))
