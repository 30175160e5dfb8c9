package dev.uniform.bench.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The benchmark's endpoints as a Spring Boot team writes them: WebFlux, Spring Data R2DBC, Bean Validation. */
@SpringBootApplication
public class SpringWebfluxApp {

    public static void main(String[] args) {
        SpringApplication.run(SpringWebfluxApp.class, args);
    }
}
