package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.statementwarehouse.StatementWarehouseApplication;
import io.statementwarehouse.warehouse.Warehouse;

/** Starts the Spring context for one warehouse: its H2 job repository, log file and settings. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(Path warehouseFile, Map<String, Object> extra) {
        Warehouse warehouse = new Warehouse(warehouseFile);
        Map<String, Object> props = new HashMap<>();
        props.put("sw.warehouse", warehouse.file().toString());
        props.put("spring.datasource.url", "jdbc:h2:file:" + warehouse.jobRepositoryBase());
        props.putAll(extra);
        return new SpringApplicationBuilder(StatementWarehouseApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Logging starts before the context: the log file beside the warehouse is a default property.
                .properties(Map.of("logging.file.name", warehouse.file().resolveSibling("statement-warehouse.log").toString()))
                // First in line: these settings name this warehouse's files and must win over application.properties.
                .initializers(ctx -> ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("warehouse", props)))
                .run();
    }
}
