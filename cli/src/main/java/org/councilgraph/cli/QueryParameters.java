package org.councilgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The parameters of a user query: the variables of the {@code VALUES} blocks in its WHERE clause
 * (and its subqueries), whose values in the file are a working example. Giving a parameter replaces its example value;
 * the value is read as the same kind of term as the example (an IRI, a date, a string).
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** Each parameter with its example value (null for UNDEF), in the order the query gives them. */
    static Map<String, Node> examples(Query query) {
        Map<String, Node> examples = new LinkedHashMap<>();
        collect(query.getQueryPattern(), examples);
        return examples;
    }

    /** The VALUES blocks of {@code pattern} and of its subqueries (where a query looks its candidates up first). */
    private static void collect(Element pattern, Map<String, Node> examples) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                for (Var var : data.getVars()) {
                    Node example = data.getRows().isEmpty() ? null : data.getRows().get(0).get(var);
                    examples.putIfAbsent(var.getVarName(), example);
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                collect(subQuery.getQuery().getQueryPattern(), examples);
            }
        });
    }

    /**
     * The query with the given parameter values in place of the examples.
     *
     * @throws IllegalArgumentException for a name that is not a parameter of the query, or a
     *         value that is not of the parameter's kind
     */
    static Query apply(Query query, Map<String, String> given) {
        Map<String, Node> examples = examples(query);
        Map<Var, Node> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (!examples.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("the query has no parameter '" + entry.getKey() + "'"
                        + (examples.isEmpty() ? " (it takes none)" : "; its parameters are " + examples.keySet()));
            }
            values.put(Var.alloc(entry.getKey()), value(entry.getKey(), entry.getValue(), examples.get(entry.getKey())));
        }
        if (values.isEmpty()) {
            return query;
        }
        Query copy = query.cloneQuery();
        // An expression transform that copies, for the subqueries (QueryTransformOps needs one).
        Element pattern = ElementTransformer.transform(copy.getQueryPattern(), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (data.getVars().stream().noneMatch(values::containsKey)) {
                    return data;
                }
                List<Binding> rows = new ArrayList<>();
                for (Binding row : data.getRows().isEmpty() ? List.of(Binding.noParent) : data.getRows()) {
                    BindingBuilder builder = Binding.builder();
                    for (Var var : data.getVars()) {
                        Node node = values.containsKey(var) ? values.get(var) : row.get(var);
                        if (node != null) {
                            builder.add(var, node);
                        }
                    }
                    rows.add(builder.build());
                }
                return new ElementData(new ArrayList<>(data.getVars()), rows);
            }
        }, new ExprTransformCopy());
        copy.setQueryPattern(pattern);
        return copy;
    }

    /** Reads {@code text} as a term of the same kind as {@code example}. */
    static Node value(String name, String text, Node example) {
        if (example == null) {
            Node parsed = parseTerm(text);
            return parsed != null ? parsed : NodeFactory.createLiteralString(text);
        }
        if (example.isURI()) {
            String iri = text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text;
            if (!iri.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
                throw new IllegalArgumentException("parameter '" + name + "' takes an IRI, like " + example.getURI());
            }
            return NodeFactory.createURI(iri);
        }
        if (example.isLiteral()) {
            RDFDatatype type = example.getLiteralDatatype();
            String lang = example.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return NodeFactory.createLiteralLang(text, lang);
            }
            if (type == null || type.equals(XSDDatatype.XSDstring)) {
                return NodeFactory.createLiteralString(text);
            }
            if (!type.isValid(text)) {
                throw new IllegalArgumentException("parameter '" + name + "' takes a " + type.getURI().replaceFirst(".*#", "xsd:")
                        + " value, like " + example.getLiteralLexicalForm());
            }
            return NodeFactory.createLiteralDT(text, type);
        }
        throw new IllegalArgumentException("parameter '" + name + "' cannot be set");
    }

    private static Node parseTerm(String text) {
        try {
            return NodeFactoryExtra.parseNode(text);
        } catch (RuntimeException notATerm) {
            return null;
        }
    }
}
