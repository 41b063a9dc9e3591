package io.statementwarehouse.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.statementwarehouse.warehouse.Warehouse;

/**
 * The explorer as a running web server: its own small Spring context (see {@link ExplorerApplication}) over one
 * {@link WarehouseAccess}. {@code serve} starts one and waits; {@code schedule} starts one beside its nightly runs.
 */
public final class ExplorerServer implements AutoCloseable {

    /** How long the explorer keeps the warehouse open after the last request. */
    public static final Duration IDLE_CLOSE = Duration.ofSeconds(60);

    private final ConfigurableApplicationContext context;
    private final WarehouseAccess access;
    private final String address;

    private ExplorerServer(ConfigurableApplicationContext context, WarehouseAccess access, String address) {
        this.context = context;
        this.access = access;
        this.address = address;
    }

    /**
     * Starts serving {@code warehouse} on {@code bind}:{@code port} (port 0: any free port). The warehouse is opened on
     * the first request, not here, so a server can start before the first load or while a run holds the file.
     */
    public static ExplorerServer start(Warehouse warehouse, WarehouseAccess.Mode mode, String bind, int port, Duration idleClose) {
        WarehouseAccess access = new WarehouseAccess(warehouse, mode, idleClose);
        try {
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ExplorerApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // The command (serve, schedule) decides when the server stops.
                    .registerShutdownHook(false)
                    .properties(Map.of("logging.file.name", warehouse.file().resolveSibling("statement-warehouse.log").toString()))
                    .initializers(c -> c.getBeanFactory().registerSingleton("warehouseAccess", access))
                    // Arguments outrank application.properties, which says "no web server" for every other command.
                    .run("--spring.main.web-application-type=servlet", "--server.port=" + port, "--server.address=" + bind,
                            "--spring.thymeleaf.check-template-location=true");
            int actual = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            if (bind.equals("0.0.0.0")) {
                host = "localhost";
            }
            return new ExplorerServer(ctx, access, "http://" + host + ":" + actual + "/");
        } catch (RuntimeException e) {
            access.close();
            throw e;
        }
    }

    public static ExplorerServer start(Warehouse warehouse, WarehouseAccess.Mode mode, String bind, int port) {
        return start(warehouse, mode, bind, port, IDLE_CLOSE);
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public String address() {
        return address;
    }

    public WarehouseAccess access() {
        return access;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            access.close();
        }
    }
}
