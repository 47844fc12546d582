package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** The queue in front of the SPARQL service is bounded: past it a request is refused at once. */
class QueryConcurrencyLimitTest {

    /** What a response was told: its status and headers. */
    private static final class Answer {
        final Map<String, String> headers = new HashMap<>();
        Integer status;
    }

    private static HttpServletRequest request() {
        return request("ASK {}");
    }

    /** A GET of the SPARQL service with {@code query}. */
    private static HttpServletRequest request(String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(QueryConcurrencyLimitTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/councilgraph/sparql";
                    case "getParameter" -> "query".equals(args[0]) ? query : null;
                    default -> null;
                });
    }

    private static HttpServletResponse response(Answer answer) {
        return (HttpServletResponse) Proxy.newProxyInstance(QueryConcurrencyLimitTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "getOutputStream" -> {
                            return new DiscardedOutput();
                        }
                        default -> { }
                    }
                    return null;
                });
    }

    /** The body of a refusal, not looked at here. */
    private static final class DiscardedOutput extends jakarta.servlet.ServletOutputStream {
        @Override
        public void write(int b) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(jakarta.servlet.WriteListener listener) {
        }
    }

    private static CompletableFuture<Answer> call(QueryConcurrencyLimit limit, FilterChain chain) {
        return call(limit, "ASK {}", chain);
    }

    private static CompletableFuture<Answer> call(QueryConcurrencyLimit limit, String query, FilterChain chain) {
        return CompletableFuture.supplyAsync(() -> {
            Answer answer = new Answer();
            try {
                limit.doFilter(request(query), response(answer), chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return answer;
        });
    }

    @Test
    void refusesAtOnceWhenTwiceAsManyRequestsAsPlacesAreAlreadyWaiting() throws InterruptedException {
        // One place and an hour's wait: a request that joined the queue would hang this test.
        QueryConcurrencyLimit limit = new QueryConcurrencyLimit(1, Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofHours(1));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Answer> served = call(limit, (rq, rs) -> {
            running.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        CompletableFuture<Answer> first = call(limit, (rq, rs) -> { });
        CompletableFuture<Answer> second = call(limit, (rq, rs) -> { });
        while (limit.waiting() < 2) {
            Thread.onSpinWait();
        }
        Answer refused = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> call(limit, (rq, rs) -> { }).join());
        assertEquals(503, refused.status);
        assertEquals("5", refused.headers.get("Retry-After"));
        finish.countDown();
        assertNull(served.join().status);
        assertNull(first.join().status, "a waiting request is served once the place is free");
        assertNull(second.join().status, "a waiting request is served once the place is free");
    }

    @Test
    void aQueryKnownToBeExpensiveRunsInItsOwnLaneAndCheapOnesKeepTheirs() throws InterruptedException {
        // Every request that has run once counts as expensive (threshold zero); no waiting for a place.
        QueryConcurrencyLimit limit = new QueryConcurrencyLimit(1, Duration.ZERO, Duration.ofSeconds(5), Duration.ZERO);
        String expensive = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
        assertNull(call(limit, expensive, (rq, rs) -> { }).join().status, "its first run, in the lane of cheap queries");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Answer> held = call(limit, expensive, (rq, rs) -> {
            running.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        assertNull(call(limit, "ASK {}", (rq, rs) -> { }).join().status, "a cheap query is served while the expensive one runs");
        Answer second = call(limit, expensive, (rq, rs) -> { }).join();
        assertEquals(503, second.status, "the expensive lane has one place, taken");
        assertEquals("5", second.headers.get("Retry-After"));
        finish.countDown();
        assertNull(held.join().status);
    }
}
