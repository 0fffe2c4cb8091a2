package io.livecd.foreman.task.infrastructure;

import io.livecd.foreman.ForemanBridgeProperties;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.application.ParameterUpdates;
import io.livecd.foreman.task.application.RequestingHostTask;
import io.livecd.foreman.task.application.SettingHostTask;
import io.livecd.foreman.task.application.TaskPolicy;
import io.livecd.kafka.EventPublisher;
import io.livecd.web.auth.BearerAuthentication;
import io.livecd.web.auth.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Host tasks: the HTTP request side and the Foreman side. */
@Configuration(proxyBeanMethods = false)
class TaskConfiguration {

	@Bean
	TaskPolicy taskPolicy(ForemanBridgeProperties properties) {
		return new TaskPolicy(properties.foreman().tasks().allowed(), properties.foreman().tasks().parameter());
	}

	@Bean
	SettingHostTask settingHostTask(TaskPolicy taskPolicy, ParameterUpdates updates, ParameterEvents events) {
		return new SettingHostTask(taskPolicy, updates, events);
	}

	@Bean
	RequestingHostTask requestingHostTask(TaskPolicy taskPolicy, EventPublisher publisher) {
		return new RequestingHostTask(taskPolicy, new KafkaTaskRequests(publisher));
	}

	/** Host tasks need a token of role {@code ops}. */
	@Bean
	WebMvcConfigurer hostTaskAuthentication(BearerAuthentication auth) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(auth.requiring(Role.OPS)).addPathPatterns("/api/v1/hosts/*/task");
			}
		};
	}

}
