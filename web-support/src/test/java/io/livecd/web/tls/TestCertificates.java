package io.livecd.web.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throwaway CA and a server certificate it signed for {@code localhost} only (so
 * {@code https://127.0.0.1} fails host name verification), made with the JDK's
 * {@code keytool} in a directory of the test's.
 *
 * @param ca the CA certificate (PEM): what a client trusts
 * @param certificate the server's certificate chain (PEM)
 * @param privateKey the server's private key (PEM, PKCS#8)
 * @param keyStore the server's key and chain, for a JDK {@code HttpsServer}
 */
public record TestCertificates(Path ca, Path certificate, Path privateKey, KeyStore keyStore) {

	private static final String PASSWORD = "changeit";

	public static TestCertificates generate(Path dir) throws IOException, GeneralSecurityException {
		Files.createDirectories(dir);
		Path caStore = dir.resolve("ca.p12");
		Path serverStore = dir.resolve("server.p12");
		Path ca = dir.resolve("ca.pem");
		Path request = dir.resolve("server.csr");
		Path signed = dir.resolve("server-signed.pem");
		keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=livecd test CA " + dir.getFileName(), "-ext", "bc:c", "-validity", "2", "-keystore", caStore);
		keytool(dir, "-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore, "-file", ca);
		keytool(dir, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=localhost", "-validity", "2", "-keystore", serverStore);
		keytool(dir, "-certreq", "-alias", "server", "-keystore", serverStore, "-file", request);
		keytool(dir, "-gencert", "-alias", "ca", "-keystore", caStore, "-infile", request, "-outfile", signed, "-rfc",
				"-ext", "SAN=dns:localhost", "-validity", "2");
		KeyStore server = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(serverStore)) {
			server.load(in, PASSWORD.toCharArray());
		}
		PrivateKey key = (PrivateKey) server.getKey("server", PASSWORD.toCharArray());
		List<Certificate> chain = new ArrayList<>();
		CertificateFactory x509 = CertificateFactory.getInstance("X.509");
		try (InputStream signedIn = Files.newInputStream(signed); InputStream caIn = Files.newInputStream(ca)) {
			chain.addAll(x509.generateCertificates(signedIn));
			chain.addAll(x509.generateCertificates(caIn));
		}
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		keyStore.load(null, null);
		keyStore.setKeyEntry("server", key, PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
		Path certificate = Files.writeString(dir.resolve("server.pem"),
				Files.readString(signed) + Files.readString(ca));
		Path privateKey = Files.writeString(dir.resolve("server-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
				+ "\n-----END PRIVATE KEY-----\n");
		return new TestCertificates(ca, certificate, privateKey, keyStore);
	}

	/** A server-side TLS context presenting the signed certificate. */
	public SSLContext serverContext() throws GeneralSecurityException {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(this.keyStore, PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		return context;
	}

	private static void keytool(Path dir, Object... arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-noprompt",
						"-storetype", "PKCS12", "-storepass", PASSWORD));
		for (Object argument : arguments) {
			command.add(argument.toString());
		}
		Path log = dir.resolve("keytool.log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("keytool " + arguments[0] + " failed: " + Files.readString(log));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running keytool", ex);
		}
	}

}
