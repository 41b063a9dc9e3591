package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.statementwarehouse.warehouse.Warehouse;
import io.statementwarehouse.warehouse.WarehouseUnavailableException;
import io.statementwarehouse.web.ExplorerServer;
import io.statementwarehouse.web.WarehouseAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the explorer: web pages over the warehouse, read-only (statements with filters and CSV export, each",
                "release with its statements highlighted, pairs of actors, unresolved names, runs). Opens the warehouse read-only",
                "on the first request and lets go of it after a minute without one, so the nightly run can take it; while a run",
                "holds it, the pages say so. Stop with Ctrl-C. `schedule` serves the same pages while it waits."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (0: any free one) [default: ${DEFAULT-VALUE}]")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface [default: ${DEFAULT-VALUE}]")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Warehouse w = new Warehouse(warehouse.warehouse);
        ExplorerServer server = ExplorerServer.start(w, WarehouseAccess.Mode.READ_ONLY, bind, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "explorer-stop"));
        out.println("Serving " + w.file() + " (read-only) at " + server.address() + " — open it in a browser; Ctrl-C stops.");
        out.println(warehouseState(server));
        out.flush();
        new CountDownLatch(1).await(); // until Ctrl-C or SIGTERM: the shutdown hook stops the server
        return 0;
    }

    /** One sentence on whether the pages can show the warehouse now: it may not exist yet, or a run may hold it. */
    static String warehouseState(ExplorerServer server) {
        try {
            server.access().check();
            return "The warehouse is readable.";
        } catch (WarehouseUnavailableException e) {
            return "Not readable now: " + e.getMessage() + ". The pages say so until it is.";
        } catch (Exception e) {
            return "Not readable now: " + StatementWarehouseCommand.rootMessage(e);
        }
    }
}
