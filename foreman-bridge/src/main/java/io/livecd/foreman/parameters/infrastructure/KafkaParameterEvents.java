package io.livecd.foreman.parameters.infrastructure;

import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.ForemanUpdateFailed;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.kafka.EventPublisher;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code foreman.parameters-updated} and {@code foreman.update-failed} on livecd.foreman,
 * keyed by scope. The location is {@code null} for a global or host scope, the old value
 * {@code null} for a new parameter; a removed parameter has the new value {@code ""}.
 */
final class KafkaParameterEvents implements ParameterEvents {

	private final EventPublisher publisher;

	KafkaParameterEvents(EventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void updated(Scope scope, String name, String previous, String current) {
		this.publisher.publish(new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(), scope.key(),
				location(scope), name, previous, Objects.requireNonNullElse(current, "")));
	}

	@Override
	public void failed(Scope scope, String subject, String value, String reason) {
		this.publisher.publish(new ForemanUpdateFailed(UUID.randomUUID().toString(), Instant.now(), scope.key(),
				subject, value, reason));
	}

	private static String location(Scope scope) {
		return (scope instanceof Scope.Location location) ? location.name() : null;
	}

}
