package io.livecd.web.tls;

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

/**
 * TLS that trusts the certificates of a PEM file (a private CA) instead of the JDK's: for
 * the mirror's upstream and the bridge's Foreman.
 */
public final class TrustedCa {

	private TrustedCa() {
	}

	/**
	 * The JDK's default context without a file, else one trusting only the file's
	 * certificates.
	 * @param pemFile the CA file, or {@code null} or empty for the JDK's trust store
	 * @param what what the file is for, named in errors ("Foreman", "upstream")
	 * @throws IllegalStateException naming the file when it cannot be read or holds no
	 * certificate
	 */
	public static SSLContext sslContext(Path pemFile, String what) {
		try {
			if (pemFile == null || pemFile.toString().isEmpty()) {
				return SSLContext.getDefault();
			}
			Collection<? extends Certificate> certificates;
			try (InputStream in = Files.newInputStream(pemFile)) {
				certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
			}
			if (certificates.isEmpty()) {
				throw new IllegalStateException("No certificate in the " + what + " CA file " + pemFile);
			}
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			int index = 0;
			for (Certificate certificate : certificates) {
				trusted.setCertificateEntry("ca-" + index++, certificate);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the " + what + " CA file " + pemFile + ": " + ex.getMessage(),
					ex);
		}
	}

}
