package io.livecd.foreman.parameters.infrastructure;

import io.livecd.web.tls.TrustedCa;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** Foreman clients for tests, configured as the bridge configures them. */
final class Clients {

	private Clients() {
	}

	static ForemanHttp http(URI url, String password, Path caFile, Duration timeout) {
		ForemanCredentials credentials = ForemanCredentials.from(ForemanCredentialsTest.settings(password, null));
		SSLContext ssl = TrustedCa.sslContext(caFile, "Foreman");
		return new ForemanHttp(url, credentials, ssl, timeout, timeout);
	}

	static ForemanApiClient client(URI url, String password, Duration timeout) {
		return new ForemanApiClient(http(url, password, null, timeout));
	}

}
