import Foundation

extension ShipBobSimulator {
    func registerAuth(_ router: inout SimRouter) {
        router.add("GET", "/connect/authorize") { [unowned self] request in
            guard request.query("client_id") == clientID, let redirect = request.query("redirect_uri") else {
                return .json(["error": "invalid_client"], status: 400)
            }
            let code = tokens.issueCode(scope: request.query("scope") ?? "")
            let fragment = FormEncoding.encode([("code", code), ("state", request.query("state") ?? ""),
                                                ("scope", request.query("scope") ?? "")])
            return SimResponse(status: 302, headers: [("Location", "\(redirect)#\(fragment)")])
        }
        router.add("POST", "/connect/token") { [unowned self] request in
            let form = request.formFields
            guard form["client_id"] == clientID, form["client_secret"] == clientSecret else {
                return .json(["error": "invalid_client"], status: 400)
            }
            let issued: JSONValue?
            switch form["grant_type"] {
            case "authorization_code"?: issued = form["code"].flatMap(tokens.exchange(code:))
            case "refresh_token"?: issued = form["refresh_token"].flatMap(tokens.refresh(token:))
            default: return .json(["error": "unsupported_grant_type"], status: 400)
            }
            guard let issued else { return .json(["error": "invalid_grant"], status: 400) }
            return .json(issued, headers: [("Cache-Control", "no-store")])
        }
        addAPI(&router, "GET", "/channel") { [unowned self] request in
            let channel: JSONValue = ["id": .int(channelID), "name": "Waybill Demo Store", "application_name": "SMA",
                                      "scopes": ["orders_read", "orders_write", "products_read", "products_write",
                                                 "inventory_read", "receiving_read", "receiving_write", "webhooks_read",
                                                 "webhooks_write"]]
            if isLegacy(request) { return .json([channel]) }
            return .json(["items": [channel], "next": nil, "prev": nil])
        }
    }
}
