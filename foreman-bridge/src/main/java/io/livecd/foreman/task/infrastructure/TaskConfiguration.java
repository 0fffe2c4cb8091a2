package io.livecd.foreman.task.infrastructure;

import io.livecd.foreman.ForemanBridgeProperties;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.application.ParameterUpdates;
import io.livecd.foreman.task.application.RequestingHostTask;
import io.livecd.foreman.task.application.SettingHostTask;
import io.livecd.foreman.task.application.TaskPolicy;
import io.livecd.kafka.EventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	@Bean
	BearerTokens bearerTokens(ForemanBridgeProperties properties) {
		return new BearerTokens(properties.auth().tokens());
	}

}
