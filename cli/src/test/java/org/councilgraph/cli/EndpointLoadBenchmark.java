package org.councilgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public endpoint under load, printed for cli/BENCHMARKS.md: {@code councilgraph serve} runs
 * in its own JVM (so its heap is its own and bounded by {@code -Xmx}) on the loopback interface over
 * the corpus, and 200 client threads send the documented queries of {@code queries/} for 60 s,
 * each as soon as its last one was answered, or after the Retry-After of a refusal. It prints, per query, the answers, refusals (503 with Retry-After), other
 * statuses and failures with their latencies, and the server's peak heap and RSS against its
 * {@code -Xmx}. It asserts nothing and runs only when asked:
 * {@code ./mvnw -q -B -o install -DskipTests && ./mvnw -q -B -o test -pl cli -Dbenchmark=true -Dtest=EndpointLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * {@code -Dload.clients}, {@code -Dload.seconds} and {@code -Dload.xmx} change the defaults (200, 60, 2g).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class EndpointLoadBenchmark {

    private static final Path QUERIES = Path.of("..", "queries");
    private static final Path CORPUS = Path.of("..", "corpus");
    /** As in issue 12's measurement: a request unanswered after this long counts as a client time-out. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(40);
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (\\S+)");

    @TempDir
    Path folder;

    @Test
    void measureEndpointUnderLoad() throws IOException, InterruptedException {
        int clients = Integer.getInteger("load.clients", 200);
        int seconds = Integer.getInteger("load.seconds", 60);
        String xmx = System.getProperty("load.xmx", "2g");
        Map<String, String> queries = documentedQueries();

        Process server = startServer(xmx);
        String endpoint = awaitEndpoint(server);
        try (HeapSampler heap = HeapSampler.start(server.pid())) {
            System.out.printf(Locale.ROOT, "server pid %d, -Xmx%s, endpoint %s, %d queries, %d clients for %d s%n",
                    server.pid(), xmx, endpoint, queries.size(), clients, seconds);
            long rssBefore = procStatus(server.pid(), "VmRSS");
            Map<String, Tally> tallies = new TreeMap<>();
            queries.keySet().forEach(name -> tallies.put(name, new Tally()));
            long threadsBefore = procStatus(server.pid(), "Threads");
            AtomicLong peakThreads = new AtomicLong(threadsBefore);
            Thread threadSampler = new Thread(() -> {
                while (server.isAlive() && !Thread.currentThread().isInterrupted()) {
                    peakThreads.accumulateAndGet(procStatus(server.pid(), "Threads"), Math::max);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threadSampler.setDaemon(true);
            threadSampler.start();
            long started = System.nanoTime();
            run(endpoint, queries, tallies, clients, Duration.ofSeconds(seconds));
            threadSampler.interrupt();
            long clientsDone = System.nanoTime();
            String health = healthAfterwards(endpoint, queries.get("apologies-per-person"));
            report(tallies, seconds);
            System.out.printf(Locale.ROOT, "clients stopped %.1f s after the end of the %d s (waiting for answers in flight)%n",
                    (clientsDone - started) / 1e9 - seconds, seconds);
            System.out.printf(Locale.ROOT, "server alive afterwards: %s; a cheap query after the clients stopped: %s%n",
                    server.isAlive(), health);
            System.out.printf(Locale.ROOT, "server threads: %d before the load, peak %d during it%n", threadsBefore,
                    peakThreads.get());
            System.out.printf(Locale.ROOT, "server RSS: %,d MiB before the load, peak (VmHWM) %,d MiB%n",
                    rssBefore / 1024, procStatus(server.pid(), "VmHWM") / 1024);
            System.out.printf(Locale.ROOT, "server heap used (jstat, every second): peak %,d MiB, at the end %,d MiB, "
                    + "committed peak %,d MiB, -Xmx%s%n", heap.peakUsedKiB() / 1024, heap.lastUsedKiB() / 1024,
                    heap.peakCommittedKiB() / 1024, xmx);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, String> documentedQueries() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                // Each file's VALUES line holds a working example, so the text is sent as it is.
                queries.put(file.getFileName().toString().replace(".rq", ""), Files.readString(file));
            }
        }
        return queries;
    }

    private Process startServer(String xmx) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                Councilgraph.class.getName(), "serve", "--db", folder.resolve("db").toString(), "--port", "0",
                "--localhost", "--load", CORPUS.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Reads the server's output until it names its endpoint, then drains the rest (the request log) in the background. */
    private static String awaitEndpoint(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // The request log is not needed; reading it keeps the server from blocking on a full pipe.
                        }
                    } catch (IOException e) {
                        // The server has gone.
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            if (line.contains("error") || line.contains("Exception")) {
                System.out.println("  server: " + line);
            }
        }
        throw new IllegalStateException("the server ended before it served");
    }

    private static void run(String endpoint, Map<String, String> queries, Map<String, Tally> tallies, int clients,
            Duration length) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> names = new ArrayList<>(queries.keySet());
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                // Each client starts at another query and goes round them all, so every query is under load throughout.
                for (int i = first; System.nanoTime() < end; i++) {
                    String name = names.get(i % names.size());
                    Outcome outcome = send(http, endpoint, queries.get(name));
                    tallies.get(name).record(outcome);
                    if (outcome.refused() && !backOff(outcome.retryAfterSeconds(), end)) {
                        break;
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Waits as a refusal's Retry-After says, but not past the end; false when interrupted. */
    private static boolean backOff(long seconds, long end) {
        long nanos = Math.min(Duration.ofSeconds(seconds).toNanos(), end - System.nanoTime());
        try {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Outcome send(HttpClient http, String endpoint, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // A refusal by the concurrency limit says when to come back; a 503 without it is the query time limit.
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L);
            return new Outcome(response.statusCode(), System.nanoTime() - t0, response.body().length,
                    response.statusCode() == 503 && retryAfter < 0 ? "time limit" : null, retryAfter);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, System.nanoTime() - t0, 0, "time-out", -1);
        } catch (IOException e) {
            return new Outcome(0, System.nanoTime() - t0, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, System.nanoTime() - t0, 0, "interrupted", -1);
        }
    }

    /** Polls with a cheap query until the server answers it, and says how long that took after the clients stopped. */
    private static String healthAfterwards(String endpoint, String query) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = send(http, endpoint, query).status();
            if (status != 200) {
                Thread.sleep(1000);
            }
        }
        return String.format(Locale.ROOT, "HTTP %d after %.1f s", status, (System.nanoTime() - t0) / 1e9);
    }

    private static void report(Map<String, Tally> tallies, int seconds) {
        System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s %8s %9s %9s %9s %9s %9s%n", "query", "200", "503", "other",
                "failed", "200 p50", "200 p95", "200 max", "503 p95", "503 max");
        System.out.println("(503: refused by the concurrency limit, with Retry-After; other: any other status, "
                + "including 503 for the query time limit; failed: no response within 40 s or a broken connection)");
        Tally all = new Tally();
        tallies.forEach((name, tally) -> {
            line(name, tally);
            tally.outcomes.forEach(all::record);
        });
        line("all", all);
        System.out.printf(Locale.ROOT, "throughput: %.1f answers/s, %.1f responses/s; %.1f MiB of results%n",
                all.count(o -> o.status() == 200) / (double) seconds, all.count(o -> o.status() > 0) / (double) seconds,
                all.bytes.get() / (1024.0 * 1024));
        all.outcomes.stream().filter(o -> o.status() != 200 && !o.refused())
                .collect(java.util.stream.Collectors.groupingBy(o -> o.status() + " " + o.failure(), TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((kind, n) -> System.out.printf(Locale.ROOT, "  %,6d x %s%n", n, kind));
    }

    private static void line(String name, Tally tally) {
        System.out.printf(Locale.ROOT, "%-26s %8d %8d %8d %8d %9s %9s %9s %9s %9s%n", name,
                tally.count(o -> o.status() == 200), tally.count(Outcome::refused),
                tally.count(o -> o.status() > 0 && o.status() != 200 && !o.refused()),
                tally.count(o -> o.status() == 0), tally.latency(200, 0.50), tally.latency(200, 0.95),
                tally.latency(200, 1.0), tally.refusalLatency(0.95), tally.refusalLatency(1.0));
    }

    /** The number on a line of /proc/PID/status (Linux; kB for memory), or -1. */
    private static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * One request's result: the HTTP status (0 when none came), its latency, the size of its body,
     * why it failed (or null) and its Retry-After in seconds (-1 when it had none).
     */
    private record Outcome(int status, long nanos, long bytes, String failure, long retryAfterSeconds) {

        /** A 503 of the concurrency limit (one of the time limit carries a failure). */
        boolean refused() {
            return status == 503 && failure == null;
        }
    }

    /** The outcomes of one query's requests. */
    private static final class Tally {
        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        final AtomicLong bytes = new AtomicLong();

        void record(Outcome outcome) {
            outcomes.add(outcome);
            bytes.addAndGet(outcome.bytes());
        }

        long count(java.util.function.Predicate<Outcome> which) {
            return outcomes.stream().filter(which).count();
        }

        String latency(int status, double quantile) {
            return quantile(outcomes.stream().filter(o -> o.status() == status), quantile);
        }

        String refusalLatency(double quantile) {
            return quantile(outcomes.stream().filter(Outcome::refused), quantile);
        }

        private static String quantile(Stream<Outcome> which, double quantile) {
            long[] nanos = which.mapToLong(Outcome::nanos).sorted().toArray();
            if (nanos.length == 0) {
                return "-";
            }
            int index = (int) Math.min(nanos.length - 1, Math.ceil(quantile * nanos.length) - 1);
            return String.format(Locale.ROOT, "%.2f s", nanos[Math.max(0, index)] / 1e9);
        }
    }

    /** The server's heap as {@code jstat -gc PID 1000} reports it every second. */
    private static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong lastUsed = new AtomicLong();
        private final AtomicLong peakCommitted = new AtomicLong();

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            Thread reader = new Thread(this::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid) throws IOException {
            Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
            return new HeapSampler(new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid), "1000")
                    .redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                String line;
                while ((line = in.readLine()) != null) {
                    List<String> fields = Arrays.asList(line.trim().split("\\s+"));
                    if (fields.contains("EU")) {
                        header = fields;
                    } else if (header != null && fields.size() == header.size()) {
                        double used = sum(header, fields, "S0U", "S1U", "EU", "OU");
                        double committed = sum(header, fields, "S0C", "S1C", "EC", "OC");
                        lastUsed.set((long) used);
                        peakUsed.accumulateAndGet((long) used, Math::max);
                        peakCommitted.accumulateAndGet((long) committed, Math::max);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // jstat ends when the server does.
            }
        }

        private static double sum(List<String> header, List<String> fields, String... columns) {
            double sum = 0;
            for (String column : columns) {
                sum += Double.parseDouble(fields.get(header.indexOf(column)));
            }
            return sum;
        }

        long peakUsedKiB() {
            return peakUsed.get();
        }

        long lastUsedKiB() {
            return lastUsed.get();
        }

        long peakCommittedKiB() {
            return peakCommitted.get();
        }

        @Override
        public void close() {
            jstat.destroy();
        }
    }
}
