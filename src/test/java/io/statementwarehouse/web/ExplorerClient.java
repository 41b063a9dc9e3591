package io.statementwarehouse.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;

/** A real HTTP client for a running explorer, and the fixture warehouse the explorer's tests serve. */
final class ExplorerClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    ExplorerClient(String address) {
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path}, which must answer 200, parsed. */
    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Jsoup.parse(r.body(), base + path);
    }

    /**
     * The fixture warehouse: the job run on src/test/resources/fixtures/input (13 releases) and fixtures/hostile (a
     * release full of markup and a javascript: URL, and a broken record that becomes a reject).
     */
    static Path loadFixtureWarehouse(Path dir) throws IOException {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path hostile = TestWarehouses.copyFixtures("fixtures/hostile", dir.resolve("hostile"));
        Path warehouse = dir.resolve("w.duckdb");
        int exit = StatementWarehouseCommand.execute("run", "--warehouse", warehouse.toString(), "--input", input.toString(), hostile.toString(),
                "--run-date", "2026-11-28");
        if (exit != 0) {
            throw new IllegalStateException("the fixture run failed with exit " + exit);
        }
        return warehouse;
    }
}
