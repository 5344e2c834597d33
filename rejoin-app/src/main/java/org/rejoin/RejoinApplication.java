package org.rejoin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Rejoin: finds, tracks, places and reintegrates children missing education.
 * A modular monolith: each top-level package is a Spring Modulith application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RejoinApplication {

    public static void main(String[] args) {
        SpringApplication.run(RejoinApplication.class, args);
    }
}
