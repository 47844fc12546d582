package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Runs a body against a UTF-8 XML stream writer on an output stream, turning stream failures into IOException. */
final class XmlOutput {

    /** What writes the document's elements. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlOutput() {
    }

    static void write(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            // Closing the writer does not close the stream, which the caller owns.
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write XML: " + e.getMessage(), e);
        }
    }
}
