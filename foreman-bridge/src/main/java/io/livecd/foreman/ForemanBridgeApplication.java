package io.livecd.foreman;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ForemanBridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(ForemanBridgeApplication.class, args);
	}

}
