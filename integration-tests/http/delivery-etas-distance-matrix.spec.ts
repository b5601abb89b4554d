import { fakePort } from "../helpers/fake-port"
import { deliveryEtasSuite } from "../helpers/delivery-etas-suite"

jest.setTimeout(240 * 1000)

deliveryEtasSuite("distance-matrix", fakePort(3))
