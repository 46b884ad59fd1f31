import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A minimal XML element tree, built by `XMLParser`, for decoding XML-RPC requests.
final class XMLRPCNode {
    let name: String
    var children: [XMLRPCNode] = []
    var text = ""

    init(name: String) { self.name = name }

    /// The first child named `name`.
    func child(_ name: String) -> XMLRPCNode? { children.first { $0.name == name } }

    /// Parses a document into its root element, or nil if it is not well-formed XML.
    static func parse(_ data: Data) -> XMLRPCNode? {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), !builder.failed else { return nil }
        return builder.root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: XMLRPCNode?
        var stack: [XMLRPCNode] = []
        var failed = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let node = XMLRPCNode(name: elementName)
            if let parent = stack.last {
                parent.children.append(node)
            } else if root == nil {
                root = node
            } else {
                failed = true
            }
            stack.append(node)
            if stack.count > 256 { failed = true; parser.abortParsing() }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}
