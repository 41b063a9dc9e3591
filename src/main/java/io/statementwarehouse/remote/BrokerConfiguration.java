package io.statementwarehouse.remote;

import javax.sql.DataSource;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * What the manager and the workers share: the connection to the broker (ActiveMQ Artemis, JMS) and Spring
 * Batch's tables in the shared PostgreSQL job repository, both checked as the process starts.
 */
@Configuration
@Profile({RemoteProfiles.MANAGER, RemoteProfiles.WORKER})
@EnableBatchIntegration
@EnableConfigurationProperties(RemoteProperties.class)
public class BrokerConfiguration {

    /** Marks that the shared repository has Spring Batch's tables; the steps and the launcher depend on it. */
    public record JobRepositoryReady() {
    }

    @Bean
    public ActiveMQConnectionFactory brokerConnectionFactory(RemoteProperties remote) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(remote.brokerUrl());
        // No prefetch: a worker takes a partition request only when it can start it. With Artemis's default window
        // (1 MiB of messages) the first worker to connect would buffer every request while the others stay idle,
        // and the requests it buffered would wait for it even if it died.
        factory.setConsumerWindowSize(0);
        RemoteEndpoints.checkBroker(factory, remote.brokerUrl());
        return factory;
    }

    @Bean
    public JobRepositoryReady jobRepositoryReady(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        RemoteEndpoints.prepareJobRepository(dataSource, url);
        return new JobRepositoryReady();
    }
}
