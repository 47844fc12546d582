package org.councilgraph.answers;

import java.util.ArrayList;
import java.util.List;

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
        JsonObject answers = answers(graph);
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
