package io.livecd.build.publish.model;

import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.name.Names;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What CI says about a build when it opens it.
 *
 * @param image the image name, such as {@code speedtest}; a valid name
 * @param kernel the kernel version inside the image, or {@code null}
 * @param gitCommit the commit built, lower-case hex, or {@code null}
 * @param ciUrl the CI run's web page, or {@code null}
 */
public record BuildMetadata(String image, String kernel, String gitCommit, String ciUrl) {

	private static final Pattern KERNEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~-]{0,127}");

	private static final Pattern GIT_COMMIT = Pattern.compile("[0-9a-f]{7,64}");

	private static final int MAX_URL_LENGTH = 2048;

	/** Checks each field; optional ones may be {@code null} or blank. */
	public static Outcome<BuildMetadata> of(String image, String kernel, String gitCommit, String ciUrl) {
		Optional<String> problem = Names.problem("image", image);
		if (problem.isPresent()) {
			return Outcome.refused(Reason.INVALID_NAME, problem.get());
		}
		String kernelValue = blankToNull(kernel);
		if (kernelValue != null && !KERNEL.matcher(kernelValue).matches()) {
			return Outcome.refused(Reason.INVALID_REQUEST,
					"kernel must be 1-128 ASCII letters, digits, '.', '_', '+', '~' or '-'");
		}
		String commit = blankToNull(gitCommit);
		commit = (commit != null) ? commit.toLowerCase(Locale.ROOT) : null;
		if (commit != null && !GIT_COMMIT.matcher(commit).matches()) {
			return Outcome.refused(Reason.INVALID_REQUEST, "gitCommit must be 7-64 hex digits");
		}
		String url = blankToNull(ciUrl);
		if (url != null && !isWebUrl(url)) {
			return Outcome.refused(Reason.INVALID_REQUEST,
					"ciUrl must be an http or https URL of at most " + MAX_URL_LENGTH + " characters");
		}
		return Outcome.done(new BuildMetadata(image, kernelValue, commit, url));
	}

	private static boolean isWebUrl(String url) {
		if (url.length() > MAX_URL_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
