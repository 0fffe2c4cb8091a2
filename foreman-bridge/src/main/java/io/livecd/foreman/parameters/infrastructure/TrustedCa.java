package io.livecd.foreman.parameters.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS that trusts the certificates of a PEM file (a private CA) instead of the JDK's. */
final class TrustedCa {

	private TrustedCa() {
	}

	/**
	 * The JDK's default context without a file, else one trusting only the file's
	 * certificates.
	 */
	static SSLContext sslContext(Path pemFile) {
		try {
			if (!ForemanCredentials.isSet(pemFile)) {
				return SSLContext.getDefault();
			}
			Collection<? extends Certificate> certificates;
			try (InputStream in = Files.newInputStream(pemFile)) {
				certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
			}
			if (certificates.isEmpty()) {
				throw new IllegalStateException("No certificate in the Foreman CA file " + pemFile);
			}
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			int index = 0;
			for (Certificate certificate : certificates) {
				trusted.setCertificateEntry("foreman-ca-" + index++, certificate);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the Foreman CA file " + pemFile + ": " + ex.getMessage(), ex);
		}
	}

}
