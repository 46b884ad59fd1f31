import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A minimal element tree read with Foundation's `XMLParser`.
struct XMLTreeNode {
    var name: String
    var children: [XMLTreeNode] = []
    var text = ""

    /// The element children named `name`.
    func children(named name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLTreeNode? { children.first { $0.name == name } }

    /// Parses a document; `nil` with the parser's message when it is not well-formed.
    static func parse(_ data: Data) -> Result<XMLTreeNode, XMLRPCDecodingError> {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            let detail = builder.failure ?? parser.parserError.map { "\($0)" } ?? "empty document"
            return .failure(XMLRPCDecodingError(message: "not well-formed XML: \(detail)"))
        }
        return .success(root)
    }
}

/// Builds an ``XMLTreeNode`` tree from parser callbacks.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLTreeNode] = []
    var root: XMLTreeNode?
    var failure: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLTreeNode(name: local))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let finished = stack.popLast() else { return }
        if stack.isEmpty { root = finished } else { stack[stack.count - 1].children.append(finished) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failure = "\(parseError)"
    }
}
