package io.livecd.web.tls;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * HTTPS from two PEM files: {@code livecd.tls.certificate}
 * ({@code LIVECD_TLS_CERTIFICATE}, the certificate chain) and
 * {@code livecd.tls.private-key} ({@code LIVECD_TLS_PRIVATE_KEY}) become the SSL bundle
 * {@value #BUNDLE} that the server uses. Without them the service serves plain HTTP;
 * Boot's own {@code spring.ssl.bundle.*} and {@code server.ssl.*} settings still win over
 * these.
 */
class ServerTlsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String BUNDLE = "livecd-server";

	private static final String CERTIFICATE = "livecd.tls.certificate";

	private static final String PRIVATE_KEY = "livecd.tls.private-key";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String certificate = environment.getProperty(CERTIFICATE, "");
		String key = environment.getProperty(PRIVATE_KEY, "");
		if (certificate.isBlank() && key.isBlank()) {
			return;
		}
		if (certificate.isBlank() || key.isBlank()) {
			throw new IllegalStateException("HTTPS needs both " + CERTIFICATE + " (LIVECD_TLS_CERTIFICATE) and "
					+ PRIVATE_KEY + " (LIVECD_TLS_PRIVATE_KEY); only "
					+ (certificate.isBlank() ? PRIVATE_KEY : CERTIFICATE) + " is set");
		}
		String prefix = "spring.ssl.bundle.pem." + BUNDLE + ".keystore.";
		environment.getPropertySources()
			.addLast(new MapPropertySource("livecdTls", Map.of(prefix + "certificate", location(certificate),
					prefix + "private-key", location(key), "server.ssl.bundle", BUNDLE)));
	}

	private static String location(String path) {
		return (path.startsWith("file:") || path.startsWith("classpath:")) ? path : "file:" + path;
	}

}
