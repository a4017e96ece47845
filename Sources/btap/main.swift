import Glibc
import TreatyModel

do {
  let locations = try DataLocations.resolve()
  exit(try runDashboard(locations: locations, options: DashboardOptions()))
} catch {
  print("btap: error: \(error)")
  exit(65)
}
