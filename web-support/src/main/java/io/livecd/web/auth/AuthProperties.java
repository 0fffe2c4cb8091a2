package io.livecd.web.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the write endpoints.
 *
 * @param tokens bearer tokens as {@code name:role:sha256hex-of-token}
 * ({@code LIVECD_TOKENS}), hashed only
 * @param failures how refused tokens are throttled
 */
@Validated
@ConfigurationProperties("livecd.auth")
public record AuthProperties(@DefaultValue List<String> tokens, @Valid @DefaultValue Failures failures) {

	/**
	 * @param max refused tokens one client address may present per window; after that it
	 * gets 429 until the window ends
	 * @param window how long a window lasts
	 */
	public record Failures(@DefaultValue("10") @Min(1) int max, @DefaultValue("1m") @NotNull Duration window) {
	}

}
