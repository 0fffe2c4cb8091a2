package io.livecd.foreman;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bridge's settings.
 *
 * @param foreman where Foreman is and what to set in it
 */
@Validated
@ConfigurationProperties("livecd")
public record ForemanBridgeProperties(@Valid @DefaultValue Foreman foreman) {

	/**
	 * @param url Foreman's base URL ({@code FOREMAN_URL}), without {@code /api}; without
	 * it the bridge runs but every update fails with "Foreman is not configured"
	 * @param user the login ({@code FOREMAN_USER})
	 * @param password the password or a personal access token ({@code FOREMAN_PASSWORD})
	 * @param passwordFile a file holding it instead ({@code FOREMAN_PASSWORD_FILE})
	 * @param caFile PEM certificates to trust for Foreman's TLS, instead of the JDK's
	 * ({@code FOREMAN_CA_FILE})
	 * @param connectTimeout how long to wait for a connection
	 * @param requestTimeout how long to wait for an answer; slower counts as a failure
	 * @param locations per location name: its Foreman id and its mirror's base URL
	 * @param aliases per alias: the parameter its target's path goes into
	 * @param urlParameter the parameter that gets a location's mirror base URL
	 * @param rebuildHostgroups host groups whose hosts get a TFTP rebuild after a change
	 * @param globalFallback global parameters for hosts in locations without a mirror
	 * @param tasks host tasks
	 * @param retry retries and dead-lettering of Foreman calls
	 */
	public record Foreman(URI url, String user, String password, Path passwordFile, Path caFile,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
			@DefaultValue Map<String, @Valid Location> locations, @DefaultValue Map<String, String> aliases,
			@DefaultValue("livesystem_url") @NotBlank String urlParameter, @DefaultValue List<Long> rebuildHostgroups,
			@Valid @DefaultValue GlobalFallback globalFallback, @Valid @DefaultValue Tasks tasks,
			@Valid @DefaultValue Retry retry) {

		/** Whether a Foreman URL is set. */
		public boolean configured() {
			return this.url != null && !this.url.toString().isBlank();
		}

		@Override
		public String toString() {
			return "Foreman[url=" + this.url + ", user=" + this.user + ", password="
					+ ((this.password != null && !this.password.isEmpty()) ? "*****" : "(none)") + ", passwordFile="
					+ this.passwordFile + ", caFile=" + this.caFile + ", locations=" + this.locations + ", aliases="
					+ this.aliases + ", rebuildHostgroups=" + this.rebuildHostgroups + ", globalFallback="
					+ this.globalFallback + ", tasks=" + this.tasks + ", retry=" + this.retry + "]";
		}

	}

	/**
	 * @param locationId the location's id in Foreman
	 * @param mirrorUrl the base URL of the location's mirror, e.g.
	 * {@code http://mirror-ams.example:8091/livecd}
	 */
	public record Location(@Positive long locationId, @NotNull URI mirrorUrl) {
	}

	/**
	 * @param enabled whether alias moves also set global parameters, at once
	 * @param url the base URL hosts without a mirror boot from (the central repository)
	 */
	public record GlobalFallback(@DefaultValue("false") boolean enabled, URI url) {
	}

	/**
	 * @param allowed the tasks a host may be given ({@code none} always clears it)
	 * @param parameter the host parameter that names the task
	 * @param rebuildTftp whether the host's TFTP config is rebuilt after a change
	 */
	public record Tasks(@DefaultValue( {
			"lininstall", "hwtest", "wipe" }) List<String> allowed,
			@DefaultValue("hk_speedtest_autotask") @NotBlank String parameter,
			@DefaultValue("true") boolean rebuildTftp){
	}

	/**
	 * @param maxAttempts attempts before an update is dead-lettered
	 * @param initialBackoff the first back-off, doubled per attempt, with jitter
	 * @param maxBackoff the longest back-off
	 */
	public record Retry(@DefaultValue("12") @Min(1) int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
			@DefaultValue("60s") Duration maxBackoff) {
	}

}
