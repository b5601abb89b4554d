import { deliveryEtasSuite } from "../helpers/delivery-etas-suite"

jest.setTimeout(240 * 1000)

deliveryEtasSuite("distance-matrix", 46500 + (process.pid % 3000))
