/// One parameter of a public model method, as Python declares it.
struct OdooParameter: Sendable {
    /// Parameter name.
    let name: String
    /// Default value; nil when the parameter is required.
    let defaultValue: OdooValue?

    /// A required parameter.
    static func required(_ name: String) -> OdooParameter { OdooParameter(name: name, defaultValue: nil) }
    /// An optional parameter with its default.
    static func optional(_ name: String, _ value: OdooValue = .none) -> OdooParameter {
        OdooParameter(name: name, defaultValue: value)
    }
}

/// A call of a method with its arguments bound to parameter names.
struct OdooCall {
    /// Model name.
    let model: String
    /// Record ids (`self`), empty for `@api.model` methods.
    let ids: [Int]
    /// Arguments by parameter name (defaults filled in).
    let arguments: OdooDict
    /// The `context` passed with the call.
    let context: OdooDict

    /// The argument `name` (nil if absent).
    subscript(name: String) -> OdooValue? { arguments[name] }
}

/// A public method of a model, callable over XML-RPC (`execute_kw`) and JSON-2.
struct OdooMethod: Sendable {
    typealias Body = @Sendable (OdooDatabase, OdooCall) throws -> OdooValue

    /// Method name.
    let name: String
    /// Parameters after `self`.
    let parameters: [OdooParameter]
    /// False for `@api.model` methods, which take no record ids.
    let onRecords: Bool
    /// True if the method takes `**kwargs`.
    var acceptsAnyKeyword = false
    /// The implementation.
    let body: Body

    init(_ name: String, onRecords: Bool, _ parameters: [OdooParameter] = [], anyKeyword: Bool = false, body: @escaping Body) {
        self.name = name
        self.parameters = parameters
        self.onRecords = onRecords
        self.acceptsAnyKeyword = anyKeyword
        self.body = body
    }

    /// Binds positional and keyword arguments to parameter names, as Python would, or throws a TypeError.
    func bind(positional: [OdooValue], keywords: OdooDict) throws -> OdooDict {
        guard positional.count <= parameters.count else {
            throw OdooError.type(
                "\(name)() takes \(parameters.count + 1) positional arguments but \(positional.count + 1) were given")
        }
        var bound = OdooDict()
        for (index, value) in positional.enumerated() { bound[parameters[index].name] = value }
        for (key, value) in keywords where key != "context" {
            guard acceptsAnyKeyword || parameters.contains(where: { $0.name == key }) else {
                throw OdooError.type("\(name)() got an unexpected keyword argument '\(key)'")
            }
            guard bound[key] == nil || !parameters.contains(where: { $0.name == key }) else {
                throw OdooError.type("\(name)() got multiple values for argument '\(key)'")
            }
            bound[key] = value
        }
        let missing = parameters.filter { $0.defaultValue == nil && bound[$0.name] == nil }.map { "'\($0.name)'" }
        guard missing.isEmpty else {
            throw OdooError.type(
                "\(name)() missing \(missing.count) required positional argument\(missing.count > 1 ? "s" : ""): "
                    + missing.joined(separator: " and "))
        }
        for parameter in parameters where bound[parameter.name] == nil {
            bound[parameter.name] = parameter.defaultValue
        }
        return bound
    }
}
