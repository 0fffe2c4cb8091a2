package io.livecd.cli.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The build-service to publish to and the token to do it with: from the flags, else the
 * environment, else a running local stack's {@code stack.json}.
 *
 * @param url build-service's base URL
 * @param token a bearer token of role {@code ci}
 */
record Target(URI url, String token) {

	static final String URL_VARIABLE = "LIVECD_BUILD_SERVICE_URL";

	static final String TOKEN_VARIABLE = "LIVECD_TOKEN";

	static Target resolve(String urlFlag, String tokenFlag, Map<String, String> env, Path stackFile) {
		Optional<StackFile> stack = StackFile.read(stackFile);
		String url = first(urlFlag, env.get(URL_VARIABLE), stack.flatMap(StackFile::buildServiceUrl).orElse(null));
		if (url == null) {
			throw new PublishException("no build-service URL: pass --server or set " + URL_VARIABLE
					+ ", or start the local stack (" + stackFile + " not found)");
		}
		String token = first(tokenFlag, env.get(TOKEN_VARIABLE), stack.flatMap(StackFile::ciToken).orElse(null));
		if (token == null) {
			throw new PublishException("no token: pass --token or set " + TOKEN_VARIABLE
					+ ", or start the local stack (" + stackFile + " not found)");
		}
		URI uri;
		try {
			uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
		}
		catch (IllegalArgumentException ex) {
			throw new PublishException("build-service URL '" + url + "' is not a URL");
		}
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new PublishException("build-service URL '" + url + "' must start with http:// or https://");
		}
		return new Target(uri, token.trim());
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "Target[url=" + this.url + "]";
	}

}
