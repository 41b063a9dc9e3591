package io.statementwarehouse.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.ComponentScan;

/**
 * The explorer's Spring context: Spring MVC, Thymeleaf and the explorer's own beans, nothing of the job (no
 * DataSource, no job repository, no Batch). Started by {@link ExplorerServer} for {@code serve} and {@code schedule};
 * the other commands' contexts are not web applications, so the condition keeps this class (found by their component
 * scan) and everything in this package out of them.
 */
@SpringBootConfiguration
@ConditionalOnWebApplication
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration"})
@ComponentScan(basePackageClasses = ExplorerApplication.class)
public class ExplorerApplication {
}
