package io.livecd.testkit;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Adds an {@link InfrastructurePropertySource} that outranks every other source
 * ({@code application.yml}, environment variables, system properties) except the
 * properties the test itself declares.
 */
class InfrastructureContextCustomizer implements ContextCustomizer {

	private static final List<String> TEST_DECLARED = List.of("Dynamic Test Properties",
			TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		PropertySource<?> infrastructure = new InfrastructurePropertySource(context);
		String lowestDeclared = null;
		for (PropertySource<?> source : sources) {
			if (TEST_DECLARED.contains(source.getName())) {
				lowestDeclared = source.getName();
			}
		}
		if (lowestDeclared != null) {
			sources.addAfter(lowestDeclared, infrastructure);
		}
		else {
			sources.addFirst(infrastructure);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof InfrastructureContextCustomizer;
	}

	@Override
	public int hashCode() {
		return InfrastructureContextCustomizer.class.hashCode();
	}

}
