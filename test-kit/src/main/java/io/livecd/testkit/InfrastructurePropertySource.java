package io.livecd.testkit;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The infrastructure's settings for one context, resolved on first read: a context that
 * never reads them (a web slice, say) does not start a broker.
 */
final class InfrastructurePropertySource extends EnumerablePropertySource<ConfigurableApplicationContext> {

	static final String NAME = "livecd test infrastructure";

	private static final String[] NAMES = { "spring.kafka.bootstrap-servers", "livecd.s3.endpoint",
			"livecd.s3.access-key", "livecd.s3.secret-key", "livecd.s3.region", "livecd.s3.bucket",
			"livecd.events.topic-prefix" };

	private Map<String, Object> properties;

	InfrastructurePropertySource(ConfigurableApplicationContext context) {
		super(NAME, context);
	}

	@Override
	public String[] getPropertyNames() {
		return NAMES.clone();
	}

	@Override
	public Object getProperty(String name) {
		return containsProperty(name) ? properties().get(name) : null;
	}

	private synchronized Map<String, Object> properties() {
		if (this.properties == null) {
			Infrastructure infrastructure = Infrastructure.shared();
			infrastructure.closeBeforeStopping(getSource());
			this.properties = infrastructure.springProperties();
		}
		return this.properties;
	}

}
