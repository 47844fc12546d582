package org.councilgraph.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Answers the competency questions for one document by running the SPARQL competency queries
 * over the document's graph, and shapes the results as the answers format of the evaluation.
 */
public final class AnswersBuilder {

    private final CompetencyQueries queries;

    public AnswersBuilder(CompetencyQueries queries) {
        this.queries = queries;
    }

    /** The answers file for a document: {@code {"document": ..., "council": ..., "answers": {...}}}. */
    public JsonObject answersFile(String documentName, Graph graph) {
        return answersFile(documentName, graph, (person, name) -> person);
    }

    /**
     * The answers file for a document whose people are identified across the batch: {@code people}
     * lists every name the other fields give, with the IRI {@code identity} maps its person (and the name as written) to.
     */
    public JsonObject answersFile(String documentName, Graph graph, BiFunction<Node, String, Node> identity) {
        JsonObject answers = answers(graph);
        answers.put("people", people(graph, answers, identity));
        JsonObject file = new JsonObject();
        file.put("document", documentName);
        file.put("council", answers.get("council"));
        file.put("answers", answers);
        return file;
    }

    public JsonObject answers(Graph graph) {
        JsonObject a = new JsonObject();
        List<QuerySolution> meeting = rows(graph, "meeting");
        QuerySolution m = meeting.isEmpty() ? null : meeting.get(0);
        a.put("council", value(m, "council"));
        a.put("committee", value(m, "committee"));
        a.put("meeting_date", value(m, "meeting_date"));
        a.put("venue", value(m, "venue"));
        List<QuerySolution> chair = rows(graph, "chair");
        a.put("chair", chair.isEmpty() ? JsonNull.instance : value(chair.get(0), "chair"));
        a.put("present", strings(graph, "present", "person"));
        a.put("apologies", strings(graph, "apologies", "person"));
        a.put("substitutes", objects(graph, "substitutes", "person", "for"));
        a.put("in_attendance", objects(graph, "in_attendance", "person", "role"));
        a.put("declarations", objects(graph, "declarations", "person", "item", "kind"));
        JsonArray dates = strings(graph, "previous_minutes_confirmed", "date");
        a.put("previous_minutes_confirmed", dates.isEmpty() ? JsonNull.instance : dates.size() == 1 ? dates.get(0) : dates);
        a.put("items", objects(graph, "items", "number", "title"));
        a.put("resolutions", objects(graph, "resolutions", "item", "text"));
        a.put("person_roles", objects(graph, "person_roles", "person", "role", "organisation"));
        List<QuerySolution> next = rows(graph, "next_meeting");
        a.put("next_meeting", next.isEmpty() ? JsonNull.instance : nextMeeting(next.get(0)));
        return a;
    }

    /** The council the document's meeting is scoped by, or null when the graph does not say. */
    public String council(Graph graph) {
        List<QuerySolution> meeting = rows(graph, "meeting");
        RDFNode c = meeting.isEmpty() ? null : meeting.get(0).get("council");
        return c == null ? null : c.isLiteral() ? c.asLiteral().getLexicalForm() : c.toString();
    }

    /** Each distinct person name of the answers' fields, in field order, with its person's id. */
    private JsonArray people(Graph graph, JsonObject answers, BiFunction<Node, String, Node> identity) {
        Map<String, Node> personOf = new LinkedHashMap<>();
        for (QuerySolution row : rows(graph, "people")) {
            personOf.putIfAbsent(row.getLiteral("name").getLexicalForm(), row.getResource("person").asNode());
        }
        Set<String> names = new LinkedHashSet<>();
        addName(names, answers.get("chair"));
        for (String field : new String[] {"present", "apologies"}) {
            answers.get(field).getAsArray().forEach(v -> addName(names, v));
        }
        for (String[] f : new String[][] {{"substitutes", "person"}, {"substitutes", "for"}, {"in_attendance", "person"},
            {"declarations", "person"}, {"person_roles", "person"}}) {
            answers.get(f[0]).getAsArray().forEach(o -> addName(names, o.getAsObject().get(f[1])));
        }
        JsonArray out = new JsonArray();
        for (String name : names) {
            Node person = personOf.get(name);
            if (person != null) {
                JsonObject p = new JsonObject();
                p.put("name", name);
                p.put("id", identity.apply(person, name).getURI());
                out.add(p);
            }
        }
        return out;
    }

    private static void addName(Set<String> names, JsonValue v) {
        if (v != null && v.isString()) {
            names.add(v.getAsString().value());
        }
    }

    private static JsonValue nextMeeting(QuerySolution row) {
        String date = row.getLiteral("date").getLexicalForm();
        RDFNode start = row.get("start_time");
        if (start == null) {
            return new JsonString(date);
        }
        String time = start.asLiteral().getLexicalForm();
        int t = time.indexOf('T');
        return new JsonString(date + "T" + time.substring(t + 1, Math.min(time.length(), t + 6)));
    }

    private List<QuerySolution> rows(Graph graph, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(queries.get(query), ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private JsonArray strings(Graph graph, String query, String var) {
        JsonArray out = new JsonArray();
        for (QuerySolution row : rows(graph, query)) {
            out.add(value(row, var));
        }
        return out;
    }

    private JsonArray objects(Graph graph, String query, String... vars) {
        JsonArray out = new JsonArray();
        for (QuerySolution row : rows(graph, query)) {
            JsonObject o = new JsonObject();
            for (String v : vars) {
                o.put(v, value(row, v));
            }
            out.add(o);
        }
        return out;
    }

    private static JsonValue value(QuerySolution row, String var) {
        if (row == null) {
            return JsonNull.instance;
        }
        RDFNode n = row.get(var);
        if (n == null) {
            return JsonNull.instance;
        }
        return new JsonString(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
    }

}
