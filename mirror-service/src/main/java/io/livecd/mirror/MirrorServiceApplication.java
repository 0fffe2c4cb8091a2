package io.livecd.mirror;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MirrorServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(MirrorServiceApplication.class, args);
	}

}
