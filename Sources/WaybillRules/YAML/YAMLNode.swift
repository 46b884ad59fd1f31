/// A YAML node that remembers where it was written. Built from `Yams.Node` by `YAMLLoader`.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar (text with its YAML style).
        case scalar(YAMLScalar)
        /// A mapping, in document order.
        case mapping([YAMLEntry])
        /// A sequence, in document order.
        case sequence([YAMLNode])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts (for a quoted scalar: at its opening quote).
    public var location: SourceLocation

    /// Creates a node.
    public init(content: Content, location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar, if the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// A short name of the node's shape, for messages ("a mapping", "a list", "a scalar").
    public var shapeName: String {
        switch content {
        case .scalar: return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable {
    /// The key text.
    public var key: String
    /// Where the key is written.
    public var keyLocation: SourceLocation
    /// The value node.
    public var value: YAMLNode
}

/// A YAML scalar's text and style.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: String, Sendable, Hashable {
        /// Unquoted.
        case plain
        /// `'single quoted'`.
        case singleQuoted
        /// `"double quoted"`.
        case doubleQuoted
        /// `|` block.
        case literal
        /// `>` block.
        case folded
    }

    /// The scalar's value after YAML unescaping.
    public var text: String
    /// How it was written.
    public var style: Style

    /// Whether the scalar was quoted (single or double).
    public var isQuoted: Bool { style == .singleQuoted || style == .doubleQuoted }

    /// A plain `null`, `~` or empty scalar.
    public var isNull: Bool { style == .plain && ["", "~", "null", "Null", "NULL"].contains(text) }
}
