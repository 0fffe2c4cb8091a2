package io.livecd.build;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BuildServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(BuildServiceApplication.class, args);
	}

}
