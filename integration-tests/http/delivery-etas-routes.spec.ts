import { fakePort } from "../helpers/fake-port"
import { deliveryEtasSuite } from "../helpers/delivery-etas-suite"

jest.setTimeout(240 * 1000)

deliveryEtasSuite("routes", fakePort(9))
